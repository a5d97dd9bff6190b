using Lucene.Net.Analysis.TokenAttributes;
using Search.Core.Analysis;

namespace Search.Core.Tests.Analysis;

public sealed class ReduplicationTests
{
    [LexiconTheory]
    [InlineData("anak-anak", new[] { "anak" })]
    [InlineData("Anak-anak bermain", new[] { "anak", "main" })]
    [InlineData("berbondong-bondong", new[] { "bondong" })]
    [InlineData("sayur-mayur", new[] { "sayur" })]
    [InlineData("bolak-balik", new[] { "bolak" })]
    [InlineData("obat-obatan", new[] { "obat" })]
    [InlineData("tarik-menarik", new[] { "tarik" })]
    [InlineData("rumah-rumahnya", new[] { "rumah" })]
    [InlineData("anak2 sekolah", new[] { "anak", "sekolah" })]
    [InlineData("masing-masing daerah", new[] { "daerah" })]
    [InlineData("jalur Jakarta-Bandung", new[] { "jalur", "jakarta", "bandung" })]
    [InlineData("COVID-19", new[] { "covid", "19" })]
    public void ReduplicatedWordsAreIndexedAsTheirRootAndOtherHyphenatedWordsAsTheirParts(string text, string[] expected) =>
        Assert.Equal(expected, AnalyzerTokens.Of(new StemmedTextAnalyzer(InstalledLexicon.Stemmer), text));

    [Theory]
    [InlineData("anak", "anak", "anak")]
    [InlineData("sayur", "mayur", "sayur")]
    [InlineData("lauk", "pauk", "lauk")]
    [InlineData("gerak", "gerik", "gerak")]
    [InlineData("warna", "warni", "warna")]
    [InlineData("obat", "obatan", "obat")]
    [InlineData("bermain", "main", "main")]
    [InlineData("jakarta", "bandung", null)]
    [InlineData("timur", "tengah", null)]
    [InlineData("covid", "19", null)]
    public void ReduplicationIsRecognisedWithoutADictionary(string left, string right, string? expected) =>
        Assert.Equal(expected, Reduplication.Reduce(left, right));

    [LexiconFact]
    public void SplitPartsKeepTheirOwnPositionsAndOffsets()
    {
        using var analyzer = new StemmedTextAnalyzer(InstalledLexicon.Stemmer);
        using var stream = analyzer.GetTokenStream("body", "jalur Jakarta-Bandung dan anak-anak");
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var tokens = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add($"{term}@{offset.StartOffset}-{offset.EndOffset}+{increment.PositionIncrement}");
        }
        stream.End();

        Assert.Equal(["jalur@0-5+1", "jakarta@6-13+1", "bandung@14-21+1", "anak@26-35+2"], tokens);
    }

    [Fact]
    public void TheExactAnalyzerStillSplitsHyphenatedWords() =>
        Assert.Equal(["anak", "anak", "sayur", "mayur"], AnalyzerTokens.Of(new ExactTextAnalyzer(), "anak-anak sayur-mayur"));
}
