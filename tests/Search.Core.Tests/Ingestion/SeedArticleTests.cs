using Search.Core.Articles;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion;

/// <summary>The real medcom.id capture in ../shared/seed, read exactly.</summary>
public sealed class SeedArticleTests
{
    private static IngestedRecord ParseSeed() =>
        new RawArticleParser(SiteProfileCatalog.BuiltIn).Parse(File.ReadAllText(SharedData.PathTo(SharedData.SeedFile)), SharedData.PathTo(SharedData.SeedFile));

    private static Article SeedArticle()
    {
        var record = ParseSeed();
        Assert.False(record.IsRejected, record.ToString());
        return record.Article!;
    }

    [SharedDataFact]
    public void SeedIsAcceptedAtItsTitleLine()
    {
        var record = ParseSeed();

        Assert.Null(record.Reason);
        Assert.Equal(3, record.Line);
    }

    [SharedDataFact]
    public void SeedHeaderGivesTitleAuthorAndWibTime()
    {
        var article = SeedArticle();

        Assert.Equal("Menlu Rusia Minta Jaminan Keamanan Jangka Panjang dari AS", article.Title);
        Assert.Equal("Marcheilla Ariesta", article.Author);
        Assert.Equal(new DateTimeOffset(2021, 12, 3, 12, 35, 0, TimeSpan.FromHours(7)), article.Published);
        Assert.Equal(TimeSpan.FromHours(7), article.Published.Offset);
    }

    [SharedDataFact]
    public void SeedSourceComesFromTheMedcomProfile()
    {
        var article = SeedArticle();

        Assert.Equal("medcom.id", article.Source);
        Assert.Null(article.Url);
        Assert.Equal(ArticleIdentity.FromContent("medcom.id", article.Title, article.Published), article.Id);
        Assert.StartsWith("c-", article.Id, StringComparison.Ordinal);
        Assert.Equal(18, article.Id.Length);
    }

    [SharedDataFact]
    public void SeedCaptionIsTheCreditedLineAndStaysOutOfTheBody()
    {
        var captionLine = File.ReadAllLines(SharedData.PathTo(SharedData.SeedFile))[6].Trim();
        var article = SeedArticle();

        Assert.EndsWith("./AFP", captionLine, StringComparison.Ordinal);
        Assert.Equal(captionLine, article.Caption);
        Assert.DoesNotContain(captionLine, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("/AFP", article.Body, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void SeedDatelineIsSplitOffTheFirstParagraph()
    {
        var article = SeedArticle();

        Assert.Equal("Stockholm", article.Dateline);
        Assert.StartsWith("Menteri Luar Negeri Rusia", article.Body, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void SeedBacaJugaLinkBecomesARelatedTitle()
    {
        var article = SeedArticle();

        Assert.Equal(["Rusia-AS Kembali Tegang, Keduanya Saling Usir Diplomat"], article.RelatedTitles);
        Assert.DoesNotContain("Baca juga", article.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Saling Usir Diplomat", article.Body, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void SeedEditorCodeIsTakenOutOfTheBody()
    {
        var article = SeedArticle();

        Assert.Equal("FJR", article.EditorCode);
        Assert.DoesNotContain("(FJR)", article.Body, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void SeedBodyHasNoTrackerHeaderOrFooter()
    {
        var article = SeedArticle();

        Assert.DoesNotContain("comscore", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Title, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Marcheilla", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("LOADING", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Powered by", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Komentar", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("tanggapan anda", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("notifikasi", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain('\u00A0', article.Body);
    }

    [SharedDataFact]
    public void SeedBodyIsTheTenArticleParagraphsInOrder()
    {
        // 1-based lines 8 to 32 of the capture, without blank lines and the "Baca juga" line (22).
        int[] paragraphLines = [8, 10, 16, 18, 20, 24, 26, 28, 30, 32];
        var lines = File.ReadAllLines(SharedData.PathTo(SharedData.SeedFile));
        var expected = paragraphLines.Select(number => lines[number - 1].Trim()).ToArray();
        expected[0] = expected[0]["Stockholm: ".Length..];

        Assert.Equal(string.Join("\n\n", expected), SeedArticle().Body);
    }

    [SharedDataFact]
    public void SeedParsesToTheSameIdEveryTime()
    {
        Assert.Equal(SeedArticle().Id, SeedArticle().Id);
    }
}
