using Search.Core.Metadata.Tagging;

namespace Search.Core.Metadata;

/// <summary>
/// Finds the mentions in the texts of one article together. First each line on its own; then a
/// capitalised word that fell short of the evidence is a person after all when it repeats part of
/// a person's name found anywhere in the article ("Sergei Lavrov" ... "Lavrov dan Blinken").
/// Text written all in lower case is truecased first. With a trained <see cref="EntityTagger"/>,
/// the tagger decides which spans of a line are persons (<see cref="TaggedCandidates"/>).
/// </summary>
internal sealed class ArticleMentionFinder(MetadataLexicon lexicon, PersonGazetteer gazetteer, EntityTagger? tagger = null)
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
                    candidates = TaggedCandidates.Merge(tokens, tagger.Spans(tokens, headline, candidates, features, cased), candidates, lexicon, gazetteer, cased);
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
