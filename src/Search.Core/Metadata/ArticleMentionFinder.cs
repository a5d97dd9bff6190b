using Search.Core.Metadata.Tagging;

namespace Search.Core.Metadata;

/// <summary>
/// Finds the mentions in the texts of one article together. First each line on its own; then a
/// capitalised word that fell short of the evidence is a person after all when it repeats part of
/// a person's name found anywhere in the article ("Sergei Lavrov" ... "Lavrov dan Blinken").
/// Text written all in lower case is truecased first. With a trained <see cref="EntityTagger"/>,
/// the tagger decides which spans of a line are persons (<see cref="TaggedCandidates"/>), and its second stage,
/// when it has one, drops the spans it doubts and adds the rules' guesses it trusts (<see cref="PersonSpanFilter"/>).
/// </summary>
/// <param name="observer">Told of every person span the tagger's second stage weighs (<see cref="PersonSpanFilter"/>): the
/// text's number, the span's first character and length there, and its <see cref="PersonSpanFeatures"/>; for training that stage.</param>
internal sealed class ArticleMentionFinder(MetadataLexicon lexicon, PersonGazetteer gazetteer, EntityTagger? tagger = null, Action<int, int, int, float[]>? observer = null)
{
    private readonly MentionFinder finder = new(lexicon, gazetteer);

    private readonly TokenFeatures features = new(lexicon, gazetteer, tagger?.Clusters);

    private readonly Truecaser truecaser = new(lexicon, gazetteer);

    /// <summary>Each thread's list of the lines of the article it reads (emptied after each article).</summary>
    [ThreadStatic]
    private static List<Line>? threadLines;

    /// <summary>The mentions of each text, in the order given.</summary>
    public List<EntityMention>[] Find(IReadOnlyList<string> texts)
    {
        // The lines' tokens are read until the mentions are made, then never again: the next article reuses the lists.
        var lists = TokenLists.Current;
        var lines = threadLines ??= new List<Line>(64);
        try
        {
            return Find(texts, lists, lines);
        }
        finally
        {
            lists.TakeBackAll();
            lines.Clear();
        }
    }

    private List<EntityMention>[] Find(IReadOnlyList<string> texts, TokenLists lists, List<Line> lines)
    {
        for (var t = 0; t < texts.Count; t++)
        {
            var cased = !Truecaser.NeedsCasing(texts[t]);
            var text = cased ? texts[t] : truecaser.Apply(texts[t]);
            foreach (var (offset, tokens, headline) in TextLines.Split(text, lists))
            {
                var candidates = finder.Find(tokens, headline);
                if (tagger is not null)
                {
                    var weighed = tagger.SpanFilter is not null || observer is not null;
                    var margins = weighed ? LineBuffers.Current.Margins(tokens.Count) : default;
                    var merged = TaggedCandidates.Merge(tokens, tagger.Spans(tokens, headline, candidates, features, cased, margins), candidates, lexicon, gazetteer, cased);
                    if (weighed)
                    {
                        Weigh(t, offset, tokens, headline, cased, margins, candidates, merged);
                    }

                    candidates = merged;
                }

                lines.Add(new Line(t, offset, tokens, headline, candidates));
            }
        }

        var names = KnownNameWords(lines.SelectMany(l => l.Candidates.Where(c => c.Kind == EntityKind.Person && c.Settled).Select(c => WordKeys(l.Tokens, c))));
        var result = texts.Select(_ => new List<EntityMention>()).ToArray();
        foreach (var (t, offset, tokens, headline, candidates) in lines)
        {
            foreach (var found in candidates)
            {
                var candidate = headline && !found.Settled ? KnownPart(tokens, found, names) : found;
                if (candidate.Settled || (names.Count > 0 && IsPartOfAny(WordKeys(tokens, candidate), names)))
                {
                    var start = offset + tokens[candidate.Start].Start;
                    var length = offset + tokens[candidate.End - 1].End - start;
                    result[t].Add(new EntityMention(candidate.Kind, texts[t].Substring(start, length), start, length));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Lets the tagger's second stage (<see cref="PersonSpanFilter"/>) drop the person spans it doubts and add the rules'
    /// guesses it trusts, and tells the observer of each span it weighs.
    /// </summary>
    private void Weigh(int text, int offset, IReadOnlyList<TextToken> tokens, bool headline, bool cased, ReadOnlySpan<float> margins, List<Candidate> rules, List<Candidate> merged)
    {
        var filter = tagger!.SpanFilter;
        var memory = filter?.Memory ?? PersonSpanMemory.Empty;
        var persons = merged.Where(c => c.Kind == EntityKind.Person).ToList();
        var guesses = rules.Where(r => r.Kind == EntityKind.Person && !Overlaps(merged, r)).ToList();
        var x = new float[PersonSpanFeatures.Count];
        foreach (var (span, ruleOnly) in persons.Select(p => (p, false)).Concat(guesses.Select(g => (g, true))))
        {
            PersonSpanFeatures.Fill(tokens, span.Start, span.End, margins, rules, persons, headline, cased, ruleOnly, lexicon, gazetteer, memory, x);
            var start = offset + tokens[span.Start].Start;
            observer?.Invoke(text, start, offset + tokens[span.End - 1].End - start, x.ToArray());
            var accepted = filter is null || filter.Accepts(x, ruleOnly);
            if (!ruleOnly && !accepted)
            {
                merged.Remove(span);
            }
            else if (ruleOnly && filter is not null && accepted && !Overlaps(merged, span))
            {
                merged.Add(span with { Score = Math.Max(span.Score, TaggedCandidates.KnownPersonScore) });
            }
        }

        merged.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static bool Overlaps(List<Candidate> candidates, Candidate other) => candidates.Exists(c => c.Start < other.End && other.Start < c.End);

    /// <summary>In a headline, where every word is capitalised, the longest stretch of an unsettled candidate that is part of a known name.</summary>
    private static Candidate KnownPart(IReadOnlyList<TextToken> tokens, Candidate candidate, List<HashSet<string>> names)
    {
        for (var length = candidate.End - candidate.Start; length > 0; length--)
        {
            for (var start = candidate.Start; start + length <= candidate.End; start++)
            {
                var part = candidate with { Start = start, End = start + length };
                var words = WordKeys(tokens, part);
                if (words.Count > 0 && tokens[start].IsWord && tokens[start + length - 1].IsWord && IsPartOfAny(words, names))
                {
                    return part;
                }
            }
        }

        return candidate;
    }

    /// <summary>Every word is one of some known name's words.</summary>
    private static bool IsPartOfAny(List<string> words, List<HashSet<string>> names) => names.Any(name => words.All(name.Contains));

    private static List<HashSet<string>> KnownNameWords(IEnumerable<List<string>> names) =>
        names.Where(words => words.Count > 0).Select(words => words.ToHashSet(StringComparer.Ordinal)).ToList();

    private static List<string> WordKeys(IReadOnlyList<TextToken> tokens, Candidate candidate)
    {
        var keys = new List<string>();
        for (var i = candidate.Start; i < candidate.End; i++)
        {
            if (tokens[i].IsWord && tokens[i].Text.Length > 1)
            {
                keys.Add(NameNormalizer.FoldWord(tokens[i].Text));
            }
        }

        return keys;
    }

    /// <summary>One line of one of the article's texts, with what the rules and the tagger found in it.</summary>
    private readonly record struct Line(int Text, int Offset, IReadOnlyList<TextToken> Tokens, bool Headline, List<Candidate> Candidates);
}
