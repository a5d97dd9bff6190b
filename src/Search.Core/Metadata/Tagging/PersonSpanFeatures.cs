namespace Search.Core.Metadata.Tagging;

/// <summary>
/// What a whole person span looks like, as numbers the token tagger cannot weigh together (<see cref="PersonSpanFilter"/>):
/// the tagger's own margin over its tokens, the span's length, quotation marks around it, what the gazetteer and the
/// archive's spelling say about its words, the list words inside and around it, whether the rules agree, and how
/// often the labelled training sentences called the same words a person or something else (<see cref="PersonSpanMemory"/>).
/// </summary>
internal static class PersonSpanFeatures
{
    /// <summary>The features' names, in the order <see cref="Fill"/> writes them.</summary>
    public static readonly string[] Names =
    [
        "margin_min", "margin_mean", "margin_first", "undecoded", "len1", "len2", "len3", "len4", "quote_before", "quote_after",
        "inside_quotes", "sentence_start", "headline", "cased", "known", "person_words", "given_first", "spelling",
        "capitalised_min", "unseen_words", "ordinary_words", "org_inside", "place_inside", "not_name_inside", "title_before",
        "org_cue_before", "place_cue_before", "work_before", "capitalised_before", "capitalised_after", "reporting_after",
        "rule_person", "rule_other", "same_words_elsewhere", "persons_in_line", "all_caps_word", "digit", "joiner", "rule_only", "rule_score",
        "memory_person", "memory_other", "memory_mostly_other", "memory_person_words", "memory_other_words",
    ];

    /// <summary>Words before a title of a work, a band or a team rather than a person ("film", "lagu", "grup").</summary>
    private static readonly HashSet<string> WorkWords = new(StringComparer.Ordinal)
    {
        "film", "lagu", "album", "single", "singel", "novel", "buku", "judul", "bertajuk", "berjudul", "band", "grup", "klub",
        "tim", "serial", "acara", "program", "drama", "sinetron", "majalah", "harian", "koran", "aplikasi", "merek", "produk",
    };

    public static int Count => Names.Length;

    /// <param name="margins">One per token: the tagger's margin for an entity tag (<see cref="float.NaN"/> where it did not decode).</param>
    /// <param name="rules">What the rules alone found in the line.</param>
    /// <param name="persons">The line's person spans, this one among them.</param>
    /// <param name="ruleOnly">The span is a rule's guess that the tagger and the merge left out, weighed for adding.</param>
    /// <param name="memory">What the labelled training sentences said about these words.</param>
    public static void Fill(
        IReadOnlyList<TextToken> tokens, int start, int end, ReadOnlySpan<float> margins, IReadOnlyList<Candidate> rules, IReadOnlyList<Candidate> persons,
        bool headline, bool cased, bool ruleOnly, MetadataLexicon lexicon, PersonGazetteer gazetteer, PersonSpanMemory memory, Span<float> x)
    {
        x.Clear();
        var k = 0;
        var (min, sum, decoded) = (float.PositiveInfinity, 0f, 0);
        for (var i = start; i < end && i < margins.Length; i++)
        {
            if (!float.IsNaN(margins[i]))
            {
                (min, sum, decoded) = (Math.Min(min, margins[i]), sum + margins[i], decoded + 1);
            }
        }

        x[k++] = decoded == 0 ? -2 : Scaled(min);
        x[k++] = decoded == 0 ? -2 : Scaled(sum / decoded);
        x[k++] = start < margins.Length && !float.IsNaN(margins[start]) ? Scaled(margins[start]) : -2;
        x[k++] = decoded < end - start ? 1 : 0;
        var words = Words(tokens, start, end);
        x[k + Math.Clamp(words.Count, 1, 4) - 1] = 1;
        k += 4;
        x[k++] = start > 0 && IsQuote(tokens[start - 1].Text) ? 1 : 0;
        x[k++] = end < tokens.Count && IsQuote(tokens[end].Text) ? 1 : 0;
        x[k++] = QuotesBefore(tokens, start) % 2 == 1 ? 1 : 0;
        x[k++] = tokens[start].SentenceStart ? 1 : 0;
        x[k++] = headline ? 1 : 0;
        x[k++] = cased ? 1 : 0;
        x[k++] = gazetteer.Knows(NameEvidence.Surface(tokens, start, end)) ? 1 : 0;
        x[k++] = Share(words, w => gazetteer.IsPersonWord(NameNormalizer.FoldWord(w.Text)));
        x[k++] = lexicon.GivenNames.Matches(tokens[start]) ? 1 : 0;
        x[k++] = (float)Math.Clamp(gazetteer.Spelling.LogOdds(words.Select(w => w.Text)) / 5, -2, 2);
        var capitalised = words.Select(w => gazetteer.Words.CapitalisedShare(w.Key)).ToList();
        x[k++] = (float)(capitalised.Count == 0 ? 0 : capitalised.Min(s => s ?? 1));
        x[k++] = Share(words, w => gazetteer.Words.Occurrences(w.Key) == 0);
        x[k++] = Share(words, w => gazetteer.Words.IsOrdinaryWord(w.Key));
        x[k++] = AnyAt(tokens, start, end, (i, e) => lexicon.Organisations.MatchAt(tokens, i, e, anyCase: true) > 0 || lexicon.OrgCues.Matches(tokens[i]) || lexicon.OrgSuffixes.Matches(tokens[i]));
        x[k++] = AnyAt(tokens, start, end, (i, e) => lexicon.Places.MatchAt(tokens, i, e, anyCase: true) > 0 || lexicon.PlaceCues.Matches(tokens[i]));
        x[k++] = AnyAt(tokens, start, end, (i, _) => lexicon.NotNames.Matches(tokens[i]) || lexicon.CommonWords.Matches(tokens[i]));
        var before = start > 0 ? tokens[start - 1] : default;
        x[k++] = start > 0 && (lexicon.PersonTitles.Matches(before) || lexicon.NameHonorifics.Matches(before) || lexicon.RoleNouns.Matches(before)) ? 1 : 0;
        x[k++] = start > 0 && lexicon.OrgCues.Matches(before) ? 1 : 0;
        x[k++] = start > 0 && lexicon.PlaceCues.Matches(before) ? 1 : 0;
        x[k++] = Enumerable.Range(Math.Max(0, start - 2), Math.Min(2, start)).Any(i => WorkWords.Contains(tokens[i].Key)) ? 1 : 0;
        x[k++] = start > 0 && before.IsCapitalised && !before.SentenceStart ? 1 : 0;
        x[k++] = end < tokens.Count && tokens[end].IsCapitalised ? 1 : 0;
        x[k++] = end < tokens.Count && lexicon.ReportingVerbs.Matches(tokens[end]) ? 1 : 0;
        x[k++] = rules.Any(r => r.Kind == EntityKind.Person && r.Start < end && start < r.End) ? 1 : 0;
        x[k++] = rules.Any(r => r.Kind != EntityKind.Person && r.Start < end && start < r.End) ? 1 : 0;
        x[k++] = persons.Any(p => (p.Start != start || p.End != end) && SharesWord(tokens, p.Start, p.End, words)) ? 1 : 0;
        x[k++] = Math.Min(persons.Count, 5) / 5f;
        x[k++] = words.Any(w => w.IsAllCaps) ? 1 : 0;
        x[k++] = words.Any(w => w.Text.Any(char.IsDigit)) ? 1 : 0;
        x[k++] = AnyAt(tokens, start, end, (i, _) => tokens[i].Text is "-" or "'" or "." or "\"");
        x[k++] = ruleOnly ? 1 : 0;
        x[k++] = rules.Where(r => r.Kind == EntityKind.Person && r.Start < end && start < r.End).Select(r => Math.Clamp(r.Score, -5, 10) / 5f).DefaultIfEmpty(-1).Max();
        var (person, other) = memory.Span(tokens, start, end);
        x[k++] = Math.Min(person, 3) / 3f;
        x[k++] = Math.Min(other, 3) / 3f;
        x[k++] = other > person ? 1 : 0;
        var (asPerson, onlyOther) = (0, 0);
        foreach (var word in words)
        {
            var said = memory.Word(word.Key);
            asPerson += said.Person > 0 ? 1 : 0;
            onlyOther += said is { Person: 0, Other: > 0 } ? 1 : 0;
        }

        x[k++] = words.Count == 0 ? 0 : (float)asPerson / words.Count;
        x[k] = words.Count == 0 ? 0 : (float)onlyOther / words.Count;
    }

    /// <summary>Whether a word of tokens <c>[start, end)</c> is one of <paramref name="words"/> (by look-up form).</summary>
    private static bool SharesWord(IReadOnlyList<TextToken> tokens, int start, int end, List<TextToken> words)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].IsWord && words.Exists(w => w.Key == tokens[i].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A margin on a log scale: ±1 at ±100, the tagger's scores spreading from a few points to a few hundred.</summary>
    private static float Scaled(float margin) => MathF.Sign(margin) * MathF.Log(1 + MathF.Abs(margin)) / MathF.Log(101);

    private static List<TextToken> Words(IReadOnlyList<TextToken> tokens, int start, int end)
    {
        var words = new List<TextToken>(end - start);
        for (var i = start; i < end; i++)
        {
            if (tokens[i].IsWord)
            {
                words.Add(tokens[i]);
            }
        }

        return words;
    }

    private static float Share(List<TextToken> words, Func<TextToken, bool> test) => words.Count == 0 ? 0 : (float)words.Count(test) / words.Count;

    private static float AnyAt(IReadOnlyList<TextToken> tokens, int start, int end, Func<int, int, bool> test)
    {
        for (var i = start; i < end; i++)
        {
            if (test(i, end))
            {
                return 1;
            }
        }

        return 0;
    }

    private static int QuotesBefore(IReadOnlyList<TextToken> tokens, int start)
    {
        var count = 0;
        for (var i = 0; i < start; i++)
        {
            count += tokens[i].Text is "\"" or "\u201c" or "\u201d" ? 1 : 0;
        }

        return count;
    }

    private static bool IsQuote(string text) => text is "\"" or "\u201c" or "\u201d" or "'" or "`" or "\u2018" or "\u2019";
}
