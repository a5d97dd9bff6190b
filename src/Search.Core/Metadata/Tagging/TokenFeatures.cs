namespace Search.Core.Metadata.Tagging;

/// <summary>
/// The features of every token of one line, as weight rows (see <see cref="FeatureHash"/>): the
/// word and its neighbours two either side and the pairs of them around it, prefixes and suffixes, word
/// shape and case, whether it starts a sentence or sits in a headline, what the lexicons and the learned
/// gazetteer say about it and its neighbours (<see cref="WordClass"/>), how the archive usually writes it,
/// how the learned spelling model rates a capitalised word as a name, its and its
/// neighbours' distributional clusters (<see cref="WordClusters"/>, when the tagger has them), and
/// what the rules made of it. Computed once per line; nothing here allocates per feature.
/// </summary>
internal sealed class TokenFeatures
{
    private const uint Outside = 0x5bd1e995;

    private readonly TokenClasses classes;

    private readonly WordClusters clusters;

    /// <summary>The <see cref="WordFeatures"/> of the words met, for this gazetteer and these clusters, shared by every thread.</summary>
    private readonly WordFeatureCache known;

    public TokenFeatures(MetadataLexicon lexicon, PersonGazetteer gazetteer, WordClusters? clusters = null)
    {
        classes = new TokenClasses(lexicon, gazetteer);
        Openers = new OrdinaryOpeners(lexicon, gazetteer);
        this.clusters = clusters ?? WordClusters.Empty;
        known = new WordFeatureCache(gazetteer, this.clusters);
    }

    /// <summary>The single sentence-opening words a cased line's tagging skips.</summary>
    public OrdinaryOpeners Openers { get; }

    private static readonly WordClass[] FlagValues = Enum.GetValues<WordClass>().Where(f => f != WordClass.None).ToArray();

    /// <summary>Whether the k-th flag is bit k for every flag, so a token's classes can be read bit by bit.</summary>
    private static readonly bool SingleBitFlags = FlagValues.Select((flag, k) => (int)flag == 1 << k).All(single => single);

    /// <summary>
    /// The feature rows of the tokens <paramref name="selected"/> (all when null), in order: those of
    /// the k-th selected token are <c>rows[offsets[k]..offsets[k + 1]]</c>.
    /// </summary>
    public (int[] Rows, int[] Offsets) Extract(IReadOnlyList<TextToken> tokens, bool headline, IReadOnlyList<Candidate> rules, bool[]? selected = null)
    {
        var rows = new List<int>(tokens.Count * 40);
        var offsets = Extract(tokens, headline, rules, selected ?? [], rows);
        return (rows.ToArray(), offsets.ToArray());
    }

    /// <summary>
    /// As <see cref="Extract(IReadOnlyList{TextToken}, bool, IReadOnlyList{Candidate}, bool[])"/>, into a list the caller
    /// reuses, with the other arrays lent by the thread's <see cref="LineBuffers"/> (an empty
    /// <paramref name="selected"/> selects every token). The tokens' word classes are <paramref name="classes"/> when
    /// given (<see cref="Classes"/>), else worked out here. The offsets are valid until the thread's next line.
    /// </summary>
    public ReadOnlySpan<int> Extract(IReadOnlyList<TextToken> tokens, bool headline, IReadOnlyList<Candidate> rules, ReadOnlySpan<bool> selected, List<int> rows, ReadOnlySpan<WordClass> classes = default)
    {
        rows.Clear();
        var buffers = LineBuffers.Current;
        var n = tokens.Count;
        var all = selected.IsEmpty;
        var words = buffers.Words(n);
        var shapes = buffers.Shapes(n);
        var cases = buffers.Cases(n);
        var clustered = clusters.Count > 0;
        var fine = clustered ? buffers.Fine(n) : words;
        var coarse = clustered ? buffers.Coarse(n) : words;
        var own = buffers.WordFeatures(n);
        for (var i = 0; i < n; i++)
        {
            if (all || Selected(selected, i - 2, i + 2))
            {
                var word = own[i] = known.For(tokens[i]);
                words[i] = word.Word;
                (shapes[i], cases[i]) = (word.Shape, word.Case);
                if (clustered)
                {
                    (fine[i], coarse[i]) = (word.Fine, word.Coarse);
                }
            }
        }

        classes = classes.IsEmpty ? Classes(tokens, selected) : classes;
        var ruleTags = buffers.RuleTags(n);
        RuleTags(rules, ruleTags);
        var count = n;
        if (!all)
        {
            count = 0;
            foreach (var s in selected)
            {
                count += s ? 1 : 0;
            }
        }

        var offsets = buffers.Offsets(count + 1);
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            if (!all && !selected[i])
            {
                continue;
            }

            offsets[k++] = rows.Count;
            var token = tokens[i];
            var word = own[i]!;
            var caseHere = cases[i] | (token.SentenceStart ? 8u : 0u) | (headline ? 16u : 0u);
            Add(rows, 0, 1);
            rows.Add(word.WordRow);
            Add(rows, 2, At(words, i - 1));
            Add(rows, 3, At(words, i + 1));
            Add(rows, 4, At(words, i - 2));
            Add(rows, 5, At(words, i + 2));
            Add(rows, 6, FeatureHash.Pair(At(words, i - 1), words[i]));
            Add(rows, 7, FeatureHash.Pair(words[i], At(words, i + 1)));
            rows.Add(word.ShapeRow);
            Add(rows, 9, FeatureHash.Pair(At(shapes, i - 1), shapes[i]));
            Add(rows, 10, FeatureHash.Pair(shapes[i], At(shapes, i + 1)));
            Add(rows, 11, caseHere);
            Add(rows, 12, FeatureHash.Pair(At(cases, i - 1), caseHere));
            Add(rows, 13, FeatureHash.Pair(caseHere, At(cases, i + 1)));
            rows.AddRange(word.Affixes);
            Add(rows, 24, FeatureHash.Pair(word.CaseStatistics, caseHere));
            Add(rows, 34, FeatureHash.Pair(At(words, i - 1), At(words, i + 1)));
            Add(rows, 35, FeatureHash.Pair(At(words, i - 2), At(words, i - 1)));
            Add(rows, 36, FeatureHash.Pair(At(words, i + 1), At(words, i + 2)));
            if (word.SpellingOdds != 0)
            {
                Add(rows, 37, FeatureHash.Pair(word.SpellingOdds, caseHere & 7));
            }

            Add(rows, 25, FeatureHash.Pair(ruleTags[i], caseHere & 7));
            Add(rows, 26, FeatureHash.Pair(At(ruleTags, i - 1), ruleTags[i]));
            if (clustered)
            {
                rows.Add(word.FineRow);
                rows.Add(word.CoarseRow);
                Add(rows, 29, At(fine, i - 1));
                Add(rows, 30, At(fine, i + 1));
                Add(rows, 31, FeatureHash.Pair(fine[i], caseHere & 7));
                Add(rows, 32, FeatureHash.Pair(At(coarse, i - 1), coarse[i]));
                Add(rows, 33, FeatureHash.Pair(coarse[i], At(coarse, i + 1)));
            }

            AddClasses(rows, 100, classes[i], caseHere & 7);
            AddClasses(rows, 200, i > 0 ? classes[i - 1] : WordClass.None, 0);
            AddClasses(rows, 300, i + 1 < n ? classes[i + 1] : WordClass.None, 0);
            AddClasses(rows, 400, i > 1 ? classes[i - 2] : WordClass.None, 0);
        }

        offsets[count] = rows.Count;
        return offsets;
    }

    /// <summary>
    /// The word classes of every token the features of the <paramref name="selected"/> tokens read (all when it is
    /// empty), in the thread's <see cref="LineBuffers"/>: valid until the thread's next line.
    /// </summary>
    public Span<WordClass> Classes(IReadOnlyList<TextToken> tokens, ReadOnlySpan<bool> selected)
    {
        var classes = LineBuffers.Current.Classes(tokens.Count);
        this.classes.Of(tokens, selected, classes);
        return classes;
    }

    private static void Add(List<int> rows, int template, uint value) => rows.Add(FeatureHash.Row(template, value));

    private static uint At(ReadOnlySpan<uint> values, int i) => i >= 0 && i < values.Length ? values[i] : Outside + (uint)(i < 0 ? 0 : 1);

    private static void AddClasses(List<int> rows, int template, WordClass classes, uint caseHere)
    {
        // Flag k is bit k: the set bits, lowest first, are the flags in the order of FlagValues.
        for (var bits = SingleBitFlags ? (uint)classes : 0; bits != 0; bits &= bits - 1)
        {
            Add(rows, template + System.Numerics.BitOperations.TrailingZeroCount(bits), caseHere);
        }

        for (var k = 0; !SingleBitFlags && k < FlagValues.Length; k++)
        {
            if ((classes & FlagValues[k]) != 0)
            {
                Add(rows, template + k, caseHere);
            }
        }
    }

    /// <summary>Writes into <paramref name="tags"/> (zeroed, one per token) what the rules made of each token.</summary>
    private static void RuleTags(IReadOnlyList<Candidate> rules, Span<uint> tags)
    {
        var n = tags.Length;
        foreach (var candidate in rules)
        {
            var kind = (uint)candidate.Kind * 4 + (candidate.Settled ? 2u : 1u);
            for (var i = candidate.Start; i < candidate.End && i < n; i++)
            {
                tags[i] = kind * 2 + (i == candidate.Start ? 1u : 0u);
            }
        }
    }

    private static bool Selected(ReadOnlySpan<bool> selected, int from, int to)
    {
        for (var i = Math.Max(0, from); i <= to && i < selected.Length; i++)
        {
            if (selected[i])
            {
                return true;
            }
        }

        return false;
    }
}
