using Search.Core.Analysis;

namespace Search.Core.Tests.Analysis;

public sealed class SynonymTableTests
{
    [Fact]
    public void EquivalentFormsListThemselvesFirstThenTheOthers()
    {
        var table = SynonymTable.Parse(["# comment", "AS, Amerika  Serikat", "", "gak, nggak => tidak  # informal"]);

        Assert.Equal(["as", "amerika serikat"], table.AlternativesOf("as"));
        Assert.Equal(["amerika serikat", "as"], table.AlternativesOf("amerika serikat"));
        Assert.Equal(["tidak"], table.AlternativesOf("gak"));
        Assert.Equal(["tidak"], table.AlternativesOf("nggak"));
        Assert.Null(table.AlternativesOf("tidak"));
        Assert.Equal(2, table.MaxWords);
    }

    [Fact]
    public void AnEmptyFormIsAFormatErrorNamingTheLine() =>
        Assert.Equal(
            "Synonym rule on line 2 has an empty form.",
            Assert.Throws<FormatException>(() => SynonymTable.Parse(["as, amerika serikat", "dpr, "])).Message);

    [Theory]
    [InlineData("as", "amerika serikat")]
    [InlineData("menlu", "menteri luar negeri")]
    [InlineData("dpr", "dewan perwakilan rakyat")]
    [InlineData("kpk", "komisi pemberantasan korupsi")]
    [InlineData("polri", "kepolisian negara republik indonesia")]
    [InlineData("tni", "tentara nasional indonesia")]
    [InlineData("bi", "bank indonesia")]
    [InlineData("pemprov", "pemerintah provinsi")]
    [InlineData("jabar", "jawa barat")]
    [InlineData("jateng", "jawa tengah")]
    [InlineData("jatim", "jawa timur")]
    public void TheBundledTableExpandsTheCommonAbbreviations(string abbreviation, string expansion)
    {
        var table = SynonymTable.Load(AnalysisOptions.DefaultSynonymsPath);

        Assert.Equal([abbreviation, expansion], table.AlternativesOf(abbreviation)!.Take(2));
        Assert.Equal(expansion, table.AlternativesOf(expansion)![0]);
        Assert.Contains(abbreviation, table.AlternativesOf(expansion)!);
    }

    [Theory]
    [InlineData("gak")]
    [InlineData("nggak")]
    [InlineData("enggak")]
    public void TheBundledTableReadsInformalNegationAsTidak(string informal) =>
        Assert.Equal(["tidak"], SynonymTable.Load(AnalysisOptions.DefaultSynonymsPath).AlternativesOf(informal));

    [Fact]
    public void AMissingFileGivesAnEmptyTable() =>
        Assert.Equal(0, SynonymTable.Load("/nonexistent/synonyms.txt").Count);
}
