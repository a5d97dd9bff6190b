using System.Text;
using Search.Core.Articles;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion;

/// <summary>JSON Lines in the schema of shared/corpus/news, with lines written for these tests.</summary>
public sealed class JsonLinesArticleReaderTests
{
    private const string FileName = "news/harian.jsonl";

    private const string FullLine =
        """{"id": "harian-001", "dataset": "demo", "url": "https://harian.example/berita/1", "source": "harian.example", "title": "Kereta Cepat Mulai Uji Coba", "author": "Budi Santoso", "published": "2023-09-01T08:30:00+07:00", "published_precision": "minute", "category": "Ekonomi", "subcategory": "Transportasi", "body": "Paragraf satu.\n\nParagraf dua.", "tags": ["kereta", "transportasi"], "persons": ["Budi Karya"], "related_titles": ["Tiket Kereta Cepat Dijual Bulan Depan"]}""";

    private static List<IngestedRecord> Read(string text, int maxArticleBytes = IngestionOptions.DefaultMaxArticleBytes)
    {
        var options = new IngestionOptions { MaxArticleBytes = maxArticleBytes };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return new JsonLinesArticleReader(options, FixedTimeProvider.January2025).Read(stream, FileName).ToList();
    }

    private static Article Single(string text)
    {
        var record = Assert.Single(Read(text));
        Assert.False(record.IsRejected, record.ToString());
        return record.Article!;
    }

    [Fact]
    public void EveryFieldOfTheSchemaIsRead()
    {
        var article = Single(FullLine);

        Assert.Equal("harian-001", article.Id);
        Assert.Equal("https://harian.example/berita/1", article.Url);
        Assert.Equal("harian.example", article.Source);
        Assert.Equal("Kereta Cepat Mulai Uji Coba", article.Title);
        Assert.Equal("Budi Santoso", article.Author);
        Assert.Equal(new DateTimeOffset(2023, 9, 1, 8, 30, 0, TimeSpan.FromHours(7)), article.Published);
        Assert.Equal("Ekonomi", article.Category);
        Assert.Equal("Transportasi", article.Subcategory);
        Assert.Equal("Paragraf satu.\n\nParagraf dua.", article.Body);
        Assert.Equal(["kereta", "transportasi"], article.Tags);
        Assert.Equal(["Budi Karya"], article.Persons);
        Assert.Equal(["Tiket Kereta Cepat Dijual Bulan Depan"], article.RelatedTitles);
        Assert.Null(article.Caption);
    }

    [Fact]
    public void NullTitleFallsBackToTitleFromUrlWithACapitalFirstLetter()
    {
        var article = Single("""{"id": "a", "source": "s", "title": null, "title_from_url": "banjir rob landa pesisir utara", "published": "2017-01-02T00:00:00+07:00", "body": "Isi."}""");

        Assert.Equal("Banjir rob landa pesisir utara", article.Title);
    }

    [Fact]
    public void UnknownFieldsOfAnyShapeAreIgnored()
    {
        var article = Single("""{"extra": {"nested": [1, {"deep": true}]}, "id": "a", "score": 0.5, "source": "s", "title": "Judul", "flags": [null, false], "published": "2017-01-02T00:00:00+07:00", "body": "Isi.", "summary": "Ringkasan."}""");

        Assert.Equal("a", article.Id);
        Assert.Equal("Judul", article.Title);
        Assert.Equal("Isi.", article.Body);
    }

    [Fact]
    public void HtmlEntitiesInTitleAndBodyAreDecoded()
    {
        var article = Single("""{"id": "a", "source": "s", "title": "&#039;Masih Terlalu Dini&#039;", "published": "2015-08-25T00:00:00+07:00", "body": "Kata &quot;dia&quot; &amp; kawan."}""");

        Assert.Equal("'Masih Terlalu Dini'", article.Title);
        Assert.Equal("Kata \"dia\" & kawan.", article.Body);
    }

    [Fact]
    public void MissingIdIsDerivedFromTheUrlAndMissingSourceFromItsHost()
    {
        var article = Single("""{"url": "https://www.harian.example/berita/1/", "title": "Judul", "published": "2017-01-02T00:00:00+07:00", "body": "Isi."}""");

        Assert.Equal(ArticleIdentity.FromUrl("https://harian.example/berita/1"), article.Id);
        Assert.Equal("harian.example", article.Source);
    }

    [Fact]
    public void BlankLinesAreSkippedAndLineNumbersCountThem()
    {
        var records = Read("\n" + FullLine + "\r\n   \r\n\t\n" + FullLine.Replace("harian-001", "harian-002", StringComparison.Ordinal) + "\n\n");

        Assert.Equal([(2, "harian-001"), (5, "harian-002")], records.Select(record => (record.Line, record.Article!.Id)));
        Assert.All(records, record => Assert.Equal(FileName, record.File));
    }

    [Fact]
    public void ByteOrderMarkIsIgnored()
    {
        var article = Single("\uFEFF" + FullLine);

        Assert.Equal("harian-001", article.Id);
    }

    [Fact]
    public void EachBadLineIsRejectedWithItsReasonAndLine()
    {
        string[] lines =
        [
            FullLine,
            """{"id": "broken", "title": "Judul", """,
            """{"id": "b", "title": "Judul", "published": "2017-01-02T00:00:00+07:00"}""",
            """{"id": "c", "title": "Judul", "published": "2017-01-02T00:00:00+07:00", "body": " \n "}""",
            """{"id": "d", "title": null, "title_from_url": null, "published": "2017-01-02T00:00:00+07:00", "body": "Isi."}""",
            """{"id": "e", "title": "Judul", "published": "2017-02-30T10:00:00+07:00", "body": "Isi."}""",
            """{"id": "f", "title": "Judul", "published": "2017-02-03T10:00:00", "body": "Isi."}""",
            """{"id": "g", "title": "Judul", "published": "2031-02-03T10:00:00+07:00", "body": "Isi."}""",
            """{"id": "h", "title": "Judul", "body": "Isi."}""",
            """{"id": "i", "title": 42, "published": "2017-02-03T10:00:00+07:00", "body": "Isi."}""",
            """["not", "an", "object"]""",
            """{"id": "j", "title": "Judul", "published": "2017-02-03T10:00:00+07:00", "body": "Isi."} trailing""",
            "",
            FullLine.Replace("harian-001", "harian-013", StringComparison.Ordinal),
        ];

        var records = Read(string.Join("\n", lines));

        Assert.Equal(
            [
                (1, (RejectionReason?)null),
                (2, RejectionReason.InvalidJson),
                (3, RejectionReason.MissingBody),
                (4, RejectionReason.MissingBody),
                (5, null),
                (6, RejectionReason.ImpossibleDate),
                (7, RejectionReason.ImpossibleDate),
                (8, RejectionReason.ImpossibleDate),
                (9, RejectionReason.MissingField),
                (10, RejectionReason.InvalidJson),
                (11, RejectionReason.InvalidJson),
                (12, RejectionReason.InvalidJson),
                (14, null),
            ],
            records.Select(record => (record.Line, record.Reason)));
        Assert.All(records, record => Assert.Equal(FileName, record.File));
        Assert.Equal("Isi", records[4].Article!.Title);
        Assert.Equal("published '2017-02-03T10:00:00' is not an ISO 8601 date and time with a UTC offset", records[6].Message);
        Assert.Equal("published 2031-02-03T10:00:00+07:00 is in the future", records[7].Message);
        Assert.Equal("published is missing", records[8].Message);
        Assert.Equal("'title' must be a string or null, not Number", records[9].Message);
    }

    [Fact]
    public void AJsonSyntaxErrorSaysWhereInTheLineItIs()
    {
        var records = Read("""{"id": "x", "title": Judul}""");

        var record = Assert.Single(records);
        Assert.Equal((1, RejectionReason.InvalidJson), (record.Line, record.Reason));
        Assert.Equal("'J' is an invalid start of a value (at byte 22 of the line)", record.Message);
    }

    [Fact]
    public void LineOverTheSizeLimitIsRejectedAndReadingGoesOn()
    {
        var small = """{"id": "k", "title": "Judul", "published": "2017-02-03T10:00:00+07:00", "body": "Isi."}""";
        var large = small.Replace("Isi.", new string('x', 1000), StringComparison.Ordinal);

        var records = Read(string.Join("\n", small, large, small), maxArticleBytes: 200);

        Assert.Equal(
            [(1, (RejectionReason?)null), (2, RejectionReason.TooLarge), (3, null)],
            records.Select(record => (record.Line, record.Reason)));
        Assert.Equal("line is longer than 200 bytes", records[1].Message);
    }

    [Fact]
    public void LinesLongerThanTheReadBufferAreReadWhole()
    {
        var body = string.Join("\\n\\n", Enumerable.Repeat(new string('y', 999), 300));
        var line = """{"id": "l", "title": "Judul", "published": "2017-02-03T10:00:00+07:00", "body": "BODY"}""".Replace("BODY", body, StringComparison.Ordinal);

        var records = Read(line + "\n" + line.Replace("\"l\"", "\"m\"", StringComparison.Ordinal));

        Assert.Equal(["l", "m"], records.Select(record => record.Article!.Id));
        Assert.Equal(300 * 999 + 299 * 2, records[0].Article!.Body.Length);
    }
}
