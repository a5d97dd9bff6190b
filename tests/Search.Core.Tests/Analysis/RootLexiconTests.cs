using Search.Core.Analysis;

namespace Search.Core.Tests.Analysis;

public sealed class RootLexiconTests
{
    [Fact]
    public void DicLinesLoseTheirCountLineAndFlagsAndAreLowerCased()
    {
        var lexicon = RootLexicon.Parse(["4", "kata/B0DkM0", "Alkitab", "agentif ", "aba-aba"], []);

        Assert.Equal(4, lexicon.Count);
        Assert.True(lexicon.Contains("kata"));
        Assert.True(lexicon.Contains("alkitab"));
        Assert.True(lexicon.Contains("agentif"));
        Assert.True(lexicon.Contains("aba-aba".AsSpan()));
        Assert.False(lexicon.Contains("4"));
        Assert.False(lexicon.Contains("kata/B0DkM0"));
    }

    [Fact]
    public void ExtraWordsSkipCommentsAndBlankLines()
    {
        var lexicon = RootLexicon.Parse(["1", "kata"], ["# header", "", "Posting  # loan word", "rinci"]);

        Assert.Equal(3, lexicon.Count);
        Assert.True(lexicon.Contains("posting"));
        Assert.True(lexicon.Contains("rinci"));
    }

    [Fact]
    public void AffixFlagsAreKeptForTheRootAndMergedForDuplicates()
    {
        var lexicon = RootLexicon.Parse(["2", "bom/MGPN", "bom/D0k0"], []);

        Assert.True(lexicon.TryGetAffixes("bom", out var affixes));
        Assert.Equal(Affixes.Menge | Affixes.Penge | Affixes.Di | Affixes.SuffixKan, affixes);
    }

    [Fact]
    public void TryLoadReturnsNullWhenTheDicFileIsMissing() =>
        Assert.Null(RootLexicon.TryLoad(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "id_ID.dic"), null));

    [Fact]
    public void TryLoadReadsTheDicAndTheExtraWordFiles()
    {
        var folder = Directory.CreateTempSubdirectory("roots-");
        try
        {
            var dic = Path.Combine(folder.FullName, "id_ID.dic");
            var extra = Path.Combine(folder.FullName, "extra.txt");
            File.WriteAllLines(dic, ["2", "temu/B0", "luas/M0"]);
            File.WriteAllLines(extra, ["# ours", "riset"]);

            var lexicon = RootLexicon.TryLoad(dic, extra);

            Assert.NotNull(lexicon);
            Assert.Equal(3, lexicon.Count);
            Assert.True(lexicon.Contains("riset"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheShippedExtraRootListIsCopiedNextToTheAssembly()
    {
        var lexicon = RootLexicon.Parse([], File.ReadLines(AnalysisOptions.DefaultExtraWordsPath));

        Assert.True(lexicon.Contains("posting"));
        Assert.True(lexicon.Contains("selasa"));
    }
}
