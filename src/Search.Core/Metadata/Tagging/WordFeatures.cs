namespace Search.Core.Metadata.Tagging;

/// <summary>
/// What <see cref="TokenFeatures"/> reads off a word alone, whatever its neighbours: its hash, shape and case
/// class, its clusters, how the archive writes it, how the learned spelling model rates it as a name, and the weight rows of the features made of it alone (the
/// word, its shape, its prefixes and suffixes, its clusters). Most words of an article were met in articles
/// before, so these come from a cache shared by the extracting threads (<see cref="WordFeatureCache"/>) instead of being made again.
/// </summary>
internal sealed class WordFeatures
{
    public WordFeatures(TextToken token, PersonGazetteer gazetteer, WordClusters clusters)
    {
        var key = token.Key;
        Word = FeatureHash.Of(key);
        (Shape, Case) = ShapeOf(token.Text);
        (Fine, Coarse) = clusters.Count > 0 ? clusters.Of(key) : (0u, 0u);
        CaseStatistics = CaseStatisticsOf(token, gazetteer);
        SpellingOdds = token.IsCapitalised && gazetteer.Spelling.IsTrained
            ? (uint)(Math.Clamp((int)Math.Round(gazetteer.Spelling.LogOddsOfWord(token.Text)), -6, 6) + 8)
            : 0;
        WordRow = FeatureHash.Row(1, Word);
        ShapeRow = FeatureHash.Row(8, Shape);
        FineRow = FeatureHash.Row(27, Fine);
        CoarseRow = FeatureHash.Row(28, Coarse);
        var affixes = new List<int>(8);
        for (var length = 1; length <= 4 && length < key.Length; length++)
        {
            affixes.Add(FeatureHash.Row(14 + length, FeatureHash.Of(key, 0, length)));
            affixes.Add(FeatureHash.Row(19 + length, FeatureHash.Of(key, key.Length - length, length)));
        }

        Affixes = affixes.ToArray();
    }

    public uint Word { get; }

    public uint Shape { get; }

    public uint Case { get; }

    public uint Fine { get; }

    public uint Coarse { get; }

    /// <summary>How the archive writes the word inside sentences (see <see cref="CaseStatisticsOf"/>).</summary>
    public uint CaseStatistics { get; }

    /// <summary>
    /// For a capitalised word, the learned spelling model's log odds that the word alone is a person's name,
    /// rounded, within ±6, plus 8; 0 for other words or without a trained model.
    /// </summary>
    public uint SpellingOdds { get; }

    public int WordRow { get; }

    public int ShapeRow { get; }

    public int FineRow { get; }

    public int CoarseRow { get; }

    /// <summary>The rows of the prefixes and suffixes of one to four letters, in the order the features list them.</summary>
    public int[] Affixes { get; }

    /// <summary>How the archive writes the word inside sentences: unseen, or its capitalised and capitals shares in fifths, and how often seen.</summary>
    private static uint CaseStatisticsOf(TextToken token, PersonGazetteer gazetteer)
    {
        if (!token.IsWord)
        {
            return 1;
        }

        var counts = gazetteer.Words.CountsOf(token.Key);
        var seen = counts.Total;
        if (seen == 0)
        {
            return 2;
        }

        // The shares WordCaseStatistics.CapitalisedShare and CapitalsShare give, from one look-up.
        var capitalised = (uint)((double)counts.Capitalised / seen * 4.99);
        var capitals = (uint)((double)counts.Capitals / seen * 4.99);
        var often = seen >= 100 ? 2u : seen >= 10 ? 1u : 0u;
        return 16 + (capitalised << 4) + (capitals << 2) + often;
    }

    /// <summary>Word shape with repeats collapsed ("Xx", "X.", "dd") and a case class: 1 lower, 2 capitalised, 3 capitals, 4 digits, 5 mixed, 0 other.</summary>
    private static (uint Shape, uint Case) ShapeOf(string text)
    {
        var hash = 2166136261u;
        var last = '\0';
        int upper = 0, lower = 0, digit = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            upper += s == 'X' ? 1 : 0;
            lower += s == 'x' ? 1 : 0;
            digit += s == 'd' ? 1 : 0;
            if (s != last)
            {
                hash = (hash ^ s) * 16777619;
                last = s;
            }
        }

        uint kind = digit == text.Length ? 4u
            : upper + lower == 0 ? 0u
            : upper == 0 ? 1u
            : lower == 0 ? 3u
            : char.IsUpper(text[0]) && upper == 1 ? 2u
            : 5u;
        return (hash, kind);
    }
}
