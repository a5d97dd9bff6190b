using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>
/// The learning pass remembers what segmenting a run taught, by the run as written and which of its words are
/// ordinary: a run met again teaches what segmenting it again would, and one whose words changed case counts is
/// segmented again.
/// </summary>
public sealed class RunOutcomesTests
{
    private const string Text = "Warga Jalan Gatot Subroto dan mahasiswa Universitas Diponegoro menonton laga Sriwijaya FC, kata Budi kepada Kompas.";

    [Fact]
    public void LineReadAgainTeachesWhatSegmentingItTaughtWithoutSegmentingIt()
    {
        var (words, learning) = (new WordCaseStatistics(), new Learning());
        var first = Counted(words);
        first.FindOtherNames(learning.Segmenter, learning.View, learning.FeatureCache, learning.Outcomes);
        var remembered = learning.Outcomes.Count;
        var again = Counted(words);
        again.FindOtherNames(learning.Segmenter, learning.View, learning.FeatureCache, learning.Outcomes);

        Assert.Equal(4, remembered);
        Assert.Equal(remembered, learning.Outcomes.Count);
        Assert.Equal(["Gatot Subroto", "Diponegoro"], again.Dedications);
        Assert.Equal(4, again.OtherNameFeatures.Count);
        Assert.Equal(first.OtherNameFeatures, again.OtherNameFeatures);
        Assert.Equal(Segmented(again, words).OtherNameFeatures, again.OtherNameFeatures);
    }

    [Fact]
    public void RunWhoseWordBecameOrdinaryIsSegmentedAgainAndTeachesWhatTheNewCountsSay()
    {
        var (words, learning) = (new WordCaseStatistics(), new Learning());
        Counted(words).FindOtherNames(learning.Segmenter, learning.View, learning.FeatureCache, learning.Outcomes);
        var remembered = learning.Outcomes.Count;

        // "laga" and "warga" are lower case in the text; "subroto" written in lower case twice becomes an ordinary word.
        words.Observe(TextTokenizer.Tokenize("Ia menulis subroto dan subroto lagi."));
        var line = Counted(words);
        line.FindOtherNames(learning.Segmenter, learning.View, learning.FeatureCache, learning.Outcomes);

        Assert.True(words.IsOrdinaryWord("subroto"));
        Assert.Equal(remembered + 1, learning.Outcomes.Count);
        Assert.Equal(Segmented(line, words).Dedications, line.Dedications);
        Assert.Equal(Segmented(line, words).OtherNameFeatures.Select(f => string.Join(' ', f)), line.OtherNameFeatures.Select(f => string.Join(' ', f)));
    }

    [Fact]
    public void FullMemoryIsEmptiedBeforeTheNextNewRun()
    {
        var outcomes = new RunOutcomes();
        for (var i = 0; i < RunOutcomes.Capacity; i++)
        {
            var tokens = TextTokenizer.Tokenize($"Kota K{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            Assert.Null(outcomes.Find(tokens, new NameRun(0, 2), new WordCounts[2]));
            outcomes.Remember(RunOutcomes.Outcome.None);
        }

        var known = TextTokenizer.Tokenize("Kota K1");
        Assert.Same(RunOutcomes.Outcome.None, outcomes.Find(known, new NameRun(0, 2), new WordCounts[2]));
        var next = TextTokenizer.Tokenize("Kota Bandung");
        Assert.Null(outcomes.Find(next, new NameRun(0, 2), new WordCounts[2]));
        outcomes.Remember(RunOutcomes.Outcome.None);

        Assert.Equal(1, outcomes.Count);
        Assert.Null(outcomes.Find(known, new NameRun(0, 2), new WordCounts[2]));
    }

    /// <summary>The text's single line, its words counted and the counts of its runs' words kept, as the learning pass counts a line.</summary>
    private static ObservedLine Counted(WordCaseStatistics words)
    {
        var line = Assert.Single(ObservedLine.Read(Text, MetadataLexicon.Default));
        words.Observe(line.Tokens);
        line.Snapshot(words);
        return line;
    }

    /// <summary>The same line segmented afresh by a segmenter reading the statistics themselves.</summary>
    private static ObservedLine Segmented(ObservedLine counted, WordCaseStatistics words)
    {
        var line = Assert.Single(ObservedLine.Read(Text, MetadataLexicon.Default));
        Assert.Equal(counted.Tokens, line.Tokens);
        line.FindOtherNames(new RunSegmenter(MetadataLexicon.Default, new PersonGazetteer(words, [], new Dictionary<string, string>(), [], [], NameSpellingModel.Empty, [])), new Dictionary<string, List<string>>(StringComparer.Ordinal));
        return line;
    }

    /// <summary>What one thread of the learning pass segments with.</summary>
    private sealed class Learning
    {
        public Learning()
        {
            Segmenter = new RunSegmenter(MetadataLexicon.Default, new PersonGazetteer(View, [], new Dictionary<string, string>(), [], [], NameSpellingModel.Empty, []));
        }

        public WordCaseStatistics View { get; } = new();

        public RunSegmenter Segmenter { get; }

        public Dictionary<string, List<string>> FeatureCache { get; } = new(StringComparer.Ordinal);

        public RunOutcomes Outcomes { get; } = new();
    }
}
