using Search.Core.Analysis;

namespace Search.Core.Tests.Analysis;

public sealed class CliticTests
{
    [LexiconTheory]
    [InlineData("kubaca", new[] { "baca" })]
    [InlineData("kaulihat", new[] { "lihat" })]
    [InlineData("kuberikan", new[] { "beri" })]
    [InlineData("kaupukul", new[] { "pukul" })]
    [InlineData("bacalah", new[] { "baca" })]
    [InlineData("rumahkah", new[] { "rumah" })]
    [InlineData("pergilah", new[] { "pergi" })]
    [InlineData("rumahpun", new[] { "rumah" })]
    [InlineData("bukunya", new[] { "buku" })]
    [InlineData("rumahku", new[] { "rumah" })]
    [InlineData("mobilmu", new[] { "mobil" })]
    public void ProcliticsAndEncliticsAreRemovedDownToTheRoot(string word, string[] expected) =>
        Assert.Equal(expected, AnalyzerTokens.Of(new StemmedTextAnalyzer(InstalledLexicon.Stemmer), word));

    [LexiconTheory]
    [InlineData("kuat")]
    [InlineData("kunci")]
    [InlineData("kaum")]
    [InlineData("kupang")]
    [InlineData("kudus")]
    [InlineData("kusuma")]
    public void WordsThatMerelyStartWithKuOrKauAreLeftAlone(string word) =>
        Assert.Equal([word], AnalyzerTokens.Of(new StemmedTextAnalyzer(InstalledLexicon.Stemmer), word));

    [LexiconFact]
    public void NumbersAndDatesAreKept() =>
        Assert.Equal(
            ["rp", "3,5", "triliun", "17", "agustus", "2019", "17", "08", "1945"],
            AnalyzerTokens.Of(new StemmedTextAnalyzer(InstalledLexicon.Stemmer), "Rp 3,5 triliun pada 17 Agustus 2019, 17-08-1945"));
}
