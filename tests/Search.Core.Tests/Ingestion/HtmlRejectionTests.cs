using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion;

/// <summary>Pages that hold no article are rejected with file, line and a reason; none throws.</summary>
public sealed class HtmlRejectionTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void ATagListingPageIsRejectedForMissingBodyAtLineOne()
    {
        var path = HtmlPages.PathOf("lensanusantara-tag-banjir.html");

        var record = HtmlPages.Read("lensanusantara-tag-banjir.html");

        Assert.Equal((path, 1, RejectionReason.MissingBody), (record.File, record.Line, record.Reason));
        Assert.StartsWith("no article text", record.Message, StringComparison.Ordinal);
        Assert.Equal($"{path}:1: rejected (MissingBody): {record.Message}", record.ToString());
    }

    [Fact]
    public void AJsonLdArticleWithoutTextIsRejectedAtTheLineOfItsJsonLdBlock()
    {
        var record = HtmlPages.Read("lensanusantara-video-tanpa-teks.html");

        Assert.Equal((6, RejectionReason.MissingBody), (record.Line, record.Reason));
    }

    [Fact]
    public void APageWithoutAnyHeadlineIsRejectedForTheMissingHeadline()
    {
        var path = _directory.Write("tanpa-judul.html", "<html><body><article><p>Warga membersihkan selokan bersama pada Minggu pagi.</p></article></body></html>");

        var record = Assert.Single(HtmlPages.Reader().Read([path]));

        Assert.Equal((1, RejectionReason.MissingField), (record.Line, record.Reason));
        Assert.StartsWith("headline:", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArticleWithoutAnyDateIsRejectedUnlessTheFileNameHasOne()
    {
        const string page = "<html><head><title>Posyandu Dibuka Lagi</title></head><body><article><p>Posyandu di RW 04 kembali melayani balita setiap Kamis pagi.</p></article></body></html>";
        var undated = _directory.Write("posyandu.html", page);
        var dated = _directory.Write("posyandu-2024-06-03.htm", page);

        var records = HtmlPages.Reader().Read([undated, dated]).ToList();

        Assert.Equal((1, RejectionReason.MissingField), (records[0].Line, records[0].Reason));
        Assert.StartsWith("published:", records[0].Message, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 0, 0, 0, TimeSpan.FromHours(7)), records[1].Article!.Published);
    }

    [Fact]
    public void AnImpossibleJsonLdDateIsRejectedAtItsBlock()
    {
        var path = _directory.Write("masa-depan.html", """
            <html><head>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Pasar Baru Dibuka","datePublished":"2031-05-01T10:00:00+07:00"}</script>
            </head><body><article><p>Pasar baru di pusat kota dibuka untuk pedagang kaki lima.</p></article></body></html>
            """);

        var record = Assert.Single(HtmlPages.Reader().Read([path]));

        Assert.Equal((2, RejectionReason.ImpossibleDate), (record.Line, record.Reason));
        Assert.Contains("in the future", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APageInADeclaredWindows1252CharsetIsReadAndAnUndeclaredOneIsRejectedAsBinary()
    {
        const string page = "<html><head>{0}<title>Caf\u00e9 Tepi Sungai Dibuka</title></head><body><article>"
            + "<p>Pemilik kafe menyebutnya \u2018ruang bersama\u2019 bagi warga tepi sungai.</p></article></body></html>";
        var codePage = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var declared = _directory.WriteBytes("kafe-2024-07-01.html", codePage.GetBytes(string.Format(page, "<meta charset=\"windows-1252\">")));
        var undeclared = _directory.WriteBytes("kafe-2024-07-02.html", codePage.GetBytes(string.Format(page, string.Empty)));

        var records = HtmlPages.Reader().Read([declared, undeclared]).ToList();

        Assert.Equal("Caf\u00e9 Tepi Sungai Dibuka", records[0].Article!.Title);
        Assert.Equal("Pemilik kafe menyebutnya \u2018ruang bersama\u2019 bagi warga tepi sungai.", records[0].Article!.Body);
        Assert.Equal((IngestedRecord.WholeFile, RejectionReason.BinaryFile), (records[1].Line, records[1].Reason));
    }

    [Fact]
    public void MarkupNestedThousandsDeepIsRejectedBeforeParsing()
    {
        var path = _directory.Write("dalam.html", "<title>Judul</title>" + string.Concat(Enumerable.Repeat("<div><span>", 600)) + "<p>Isi.</p>");

        var record = Assert.Single(HtmlPages.Reader().Read([path]));

        Assert.Equal((IngestedRecord.WholeFile, RejectionReason.TooLarge), (record.Line, record.Reason));
        Assert.Equal("elements are nested more than 1000 deep; a news page nests a few dozen", record.Message);
    }

    [Theory]
    [InlineData("<")]
    [InlineData("<html><body><div><div><div><p>")]
    [InlineData("<script type=\"application/ld+json\">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[</script>")]
    [InlineData("<script type=\"application/ld+json\">{\"@graph\": {\"@graph\": {\"@type\": [1, null, {}]}}}</script><title>x</title>")]
    public void MalformedMarkupIsARejectionNotACrash(string html)
    {
        var path = _directory.Write("rusak.html", html);

        var record = Assert.Single(HtmlPages.Reader().Read([path]));

        Assert.True(record.IsRejected);
    }
}
