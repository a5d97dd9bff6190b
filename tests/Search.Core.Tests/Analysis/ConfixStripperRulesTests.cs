using Search.Core.Analysis;

namespace Search.Core.Tests.Analysis;

/// <summary>The stripping rules over small hand-made lexicons; needs no installed dictionary.</summary>
public sealed class ConfixStripperRulesTests
{
    private static IndonesianStemmer StemmerOf(params string[] roots) => new(RootLexicon.FromWords(roots));

    [Fact]
    public void AWordWithoutARootInTheLexiconIsReturnedUnchanged() =>
        Assert.Equal("mengatakan", StemmerOf("temu").Stem("mengatakan"));

    [Fact]
    public void ACandidateCountsOnlyWhenTheLexiconHasIt()
    {
        var stemmer = StemmerOf("kata");

        Assert.Equal("kata", stemmer.Stem("mengatakan"));
        Assert.Equal("menyatakan", stemmer.Stem("menyatakan"));
    }

    [Theory]
    [InlineData("ditemuan")]
    [InlineData("bertemui")]
    [InlineData("setemukan")]
    [InlineData("ketemui")]
    public void DisallowedConfixesAreNotRemoved(string word) =>
        Assert.Equal(word, StemmerOf("temu").Stem(word));

    [Fact]
    public void ALoneKePrefixNeedsTheDictionarysConfirmationButTheKeAnConfixDoesNot()
    {
        var stemmer = StemmerOf("jagung", "menteri");

        Assert.Equal("kejagung", stemmer.Stem("kejagung"));
        Assert.Equal("menteri", stemmer.Stem("kementerian"));
    }

    [Fact]
    public void AtMostThreePrefixesAreRemoved()
    {
        var stemmer = StemmerOf("hasil", "kerja");

        Assert.Equal("hasil", stemmer.Stem("keberhasilan"));
        Assert.Equal("kerja", stemmer.Stem("dipersekerja"));
        Assert.Equal("diperseberkerja", stemmer.Stem("diperseberkerja"));
    }

    [Fact]
    public void SuffixesArePutBackWhenNoRootIsFoundWithoutThem()
    {
        var stemmer = StemmerOf("tahan", "pakai");

        Assert.Equal("tahan", stemmer.Stem("bertahan"));
        Assert.Equal("pakai", stemmer.Stem("memakai"));
    }

    [Fact]
    public void UnconfirmedRootsShorterThanFourLettersAreNotAccepted() =>
        Assert.Equal("laman", StemmerOf("lam").Stem("laman"));

    [Fact]
    public void ABareSuffixINeedsTheDictionarysConfirmation()
    {
        var confirmed = new IndonesianStemmer(RootLexicon.Parse(["1", "hadir/i0"], []));

        Assert.Equal("bekasi", StemmerOf("bekas").Stem("bekasi"));
        Assert.Equal("hadir", confirmed.Stem("hadiri"));
    }

    [Fact]
    public void ConfirmedRootsBeatUnconfirmedOnesAndTheLongestConfirmedWins()
    {
        var stemmer = new IndonesianStemmer(RootLexicon.Parse(["4", "agam/B0", "ragam/B0", "bel/MG", "beli/M0"], []));

        Assert.Equal("ragam", stemmer.Stem("beragam"));
        Assert.Equal("beli", stemmer.Stem("membeli"));
        Assert.Equal("bel", stemmer.Stem("mengebel"));
    }

    [Fact]
    public void ExtraRootsWithoutDictionaryFlagsAreFoundThroughEveryAffix()
    {
        var stemmer = StemmerOf("posting");

        var stems = new[] { "diposting", "memposting", "postingan", "postingannya" }.Select(word => stemmer.Stem(word));

        Assert.Equal(new[] { "posting", "posting", "posting", "posting" }, stems.ToArray());
    }

    [Fact]
    public void StemmingFromManyThreadsGivesTheSameStemsAsOneThread()
    {
        string[] words = ["mengatakan", "pertemuan", "bertemu", "kementerian", "jokowi", "anak-anak"];
        var alone = StemmerOf("kata", "temu", "menteri", "anak");
        var expected = words.Select(word => alone.Stem(word)).ToArray();
        var shared = StemmerOf("kata", "temu", "menteri", "anak");

        var results = Enumerable.Range(0, 64).AsParallel()
            .Select(i => words.Select(word => shared.Stem(word)).ToArray())
            .ToList();

        Assert.All(results, stems => Assert.Equal(expected, stems));
        Assert.Equal(new[] { "kata", "temu", "temu", "menteri", "jokowi", "anak" }, expected);
    }
}
