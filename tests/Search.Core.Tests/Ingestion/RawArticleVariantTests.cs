using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion;

/// <summary>Raw page captures in shapes the seed does not show, written for these tests.</summary>
public sealed class RawArticleVariantTests
{
    private static IngestedRecord Parse(string text, string file) =>
        new RawArticleParser(SiteProfileCatalog.BuiltIn, FixedTimeProvider.January2025).Parse(text, file);

    private static string Capture(string byline, string? caption = "Petugas memeriksa dokumen penumpang./Antara") =>
        string.Join(
            "\n",
            new[]
            {
                "comscore",
                "Bandara Sentani Tambah Rute Penerbangan",
                byline,
                "Bandara Sentani Tambah Rute Penerbangan",
                caption,
                "Jayapura, Kabar Timur -- Bandara Sentani membuka dua rute baru mulai pekan depan.",
                "Pengelola bandara menyiapkan dua gerbang tambahan.",
                "Powered by KabarTimur.co.id",
            }.Where(line => line is not null));

    [Theory]
    [InlineData("Yoseph Wenda - 07 Nop 2022 06:15 WIT", 2022, 11, 7, 6, 15, 9)]
    [InlineData("Yoseph Wenda - 07 November 2022 06:15 WITA", 2022, 11, 7, 6, 15, 8)]
    [InlineData("Yoseph Wenda - 7 Des 2021 23:59 WIB", 2021, 12, 7, 23, 59, 7)]
    [InlineData("Yoseph Wenda - Senin, 7 Mar 2022 10:00 WIB", 2022, 3, 7, 10, 0, 7)]
    [InlineData("Yoseph Wenda - 7 Sept 2022 10.30 wib", 2022, 9, 7, 10, 30, 7)]
    public void BylineDateIsReadInItsOwnTimeZone(string byline, int year, int month, int day, int hour, int minute, int offsetHours)
    {
        var article = Parse(Capture(byline), "papua-bandara.txt").Article!;

        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(offsetHours)), article.Published);
        Assert.Equal(TimeSpan.FromHours(offsetHours), article.Published.Offset);
        Assert.Equal("Yoseph Wenda", article.Author);
    }

    [Fact]
    public void UnprofiledPageTakesSourceFromItsPoweredByLineAndGenericRules()
    {
        var article = Parse(Capture("Yoseph Wenda - 07 Nop 2022 06:15 WIT"), "papua-bandara.txt").Article!;

        Assert.Equal("kabartimur.co.id", article.Source);
        Assert.Equal("Petugas memeriksa dokumen penumpang./Antara", article.Caption);
        Assert.Equal("Jayapura", article.Dateline);
        Assert.Equal("Bandara Sentani membuka dua rute baru mulai pekan depan.\n\nPengelola bandara menyiapkan dua gerbang tambahan.", article.Body);
    }

    [Fact]
    public void PageWithoutCaptionStartsItsBodyRightAfterTheRepeatedTitle()
    {
        var article = Parse(Capture("Yoseph Wenda - 07 Nop 2022 06:15 WIT", caption: null), "papua-bandara.txt").Article!;

        Assert.Null(article.Caption);
        Assert.Equal("Jayapura", article.Dateline);
        Assert.StartsWith("Bandara Sentani membuka dua rute baru", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void PageWithoutPoweredByLineHasUnknownSource()
    {
        var text = Capture("Yoseph Wenda - 07 Nop 2022 06:15 WIT").Replace("Powered by KabarTimur.co.id", string.Empty, StringComparison.Ordinal);

        Assert.Equal("unknown", Parse(text, "papua-bandara.txt").Article!.Source);
    }

    [Fact]
    public void MissingBylineTakesMidnightWibOfTheDateInTheFileName()
    {
        var text = Capture("Yoseph Wenda - 07 Nop 2022 06:15 WIT").Replace("Yoseph Wenda - 07 Nop 2022 06:15 WIT\n", string.Empty, StringComparison.Ordinal);

        var article = Parse(text, "/captures/kabartimur-2022-11-07-bandara.txt").Article!;

        Assert.Equal(new DateTimeOffset(2022, 11, 7, 0, 0, 0, TimeSpan.FromHours(7)), article.Published);
        Assert.Null(article.Author);
        Assert.Equal("Petugas memeriksa dokumen penumpang./Antara", article.Caption);
    }

    [Fact]
    public void MissingBylineAndNoDateInTheFileNameIsRejectedAsMissingPublished()
    {
        var text = Capture("Yoseph Wenda - 07 Nop 2022 06:15 WIT").Replace("Yoseph Wenda - 07 Nop 2022 06:15 WIT\n", string.Empty, StringComparison.Ordinal);

        var record = Parse(text, "papua-bandara.txt");

        Assert.Equal(RejectionReason.MissingField, record.Reason);
        Assert.Equal(3, record.Line);
        Assert.StartsWith("published:", record.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Yoseph Wenda - 30 Februari 2022 06:15 WIT", "day 30-02-2022 does not exist")]
    [InlineData("Yoseph Wenda - 07 Nop 2022 24:15 WIT", "time 24:15 does not exist")]
    [InlineData("Yoseph Wenda - 07 Brumaire 2022 06:15 WIT", "unknown month 'Brumaire' in byline")]
    [InlineData("Yoseph Wenda - 07 Nop 2032 06:15 WIT", "published 2032-11-07T06:15:00+09:00 is in the future")]
    public void BylineWithAnImpossibleDateIsRejectedAtItsLine(string byline, string message)
    {
        var record = Parse(Capture(byline), "kabartimur-2022-11-07-bandara.txt");

        Assert.Equal(RejectionReason.ImpossibleDate, record.Reason);
        Assert.Equal(3, record.Line);
        Assert.Equal(message, record.Message);
    }

    [Fact]
    public void PageWithOnlyHeaderAndFooterIsRejectedAsMissingBody()
    {
        const string text = "Judul Tanpa Isi\nAndi - 1 Jan 2022 08:00 WIB\nJudul Tanpa Isi\nKomentar\nPowered by Contoh.id";

        var record = Parse(text, "contoh.txt");

        Assert.Equal(RejectionReason.MissingBody, record.Reason);
        Assert.Equal(1, record.Line);
    }

    [Fact]
    public void PageWithOnlyTrackerLinesIsRejectedAsEmpty()
    {
        var record = Parse("comscore\n\n\u00A0\ngtag\n", "contoh.txt");

        Assert.Equal(RejectionReason.EmptyFile, record.Reason);
        Assert.Equal(IngestedRecord.WholeFile, record.Line);
    }

    [Fact]
    public void SeveralBacaJugaLinesAndAllCapsDatelineAreNormalised()
    {
        const string text = """
            Sungai Meluap, Ratusan Rumah Terendam
            Sari - 3 Jan 2022 07:00 WIB
            SAMARINDA, Kabar Kaltim - Sungai Karang Mumus meluap setelah hujan semalaman.
            Baca Juga : Posko Banjir Dibuka di Tiga Kelurahan
            Warga mengungsi ke masjid terdekat.
            BACA JUGA: Cuaca Ekstrem Diperkirakan Sepekan
            (sar/ed)
            """;

        var article = Parse(text, "kaltim.txt").Article!;

        Assert.Equal("Samarinda", article.Dateline);
        Assert.Equal(["Posko Banjir Dibuka di Tiga Kelurahan", "Cuaca Ekstrem Diperkirakan Sepekan"], article.RelatedTitles);
        Assert.Equal("sar/ed", article.EditorCode);
        Assert.Equal("Sungai Karang Mumus meluap setelah hujan semalaman.\n\nWarga mengungsi ke masjid terdekat.", article.Body);
    }
}
