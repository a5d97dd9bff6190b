using Search.Core.Articles;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion;

/// <summary>Raw captures of our fictional demo site kabarnusa.id, read with its built-in profile.</summary>
public sealed class KabarnusaCaptureTests
{
    // Written for these tests: the kabarnusa.id page shape with a WITA byline and an abbreviated month.
    private const string Capture = """
        gtag

        Jembatan Gantung Desa Sukamaju Diresmikan Bupati

        Rina Kartika - 14 Agt 2023 09:05 WITA
        Jembatan Gantung Desa Sukamaju Diresmikan Bupati
        Warga melintas di atas jembatan gantung yang baru selesai dibangun./Kabarnusa
        Mataram: Bupati meresmikan jembatan gantung sepanjang 80 meter yang menghubungkan dua dusun, Senin pagi.

        Jembatan itu dibangun selama enam bulan dengan dana desa dan swadaya warga.

        Baca juga: Pasar Desa Sukamaju Kini Buka Sampai Malam

        Warga berharap anak-anak tidak lagi menyeberangi sungai saat berangkat sekolah.

        (RKA)

        Bagikan pendapat Anda di kolom komentar

        Memuat...
        Aktifkan notifikasi untuk berita terbaru

        Klik izinkan pada jendela yang muncul.

        Powered by Kabarnusa.id
        """;

    private static Article Parse(string text, string file)
    {
        var record = new RawArticleParser(SiteProfileCatalog.BuiltIn).Parse(text, file);
        Assert.False(record.IsRejected, record.ToString());
        return record.Article!;
    }

    [Fact]
    public void KabarnusaCaptureIsReadWithItsOwnBoilerplateRules()
    {
        var article = Parse(Capture, "kabarnusa-2023-08-14-jembatan.txt");

        Assert.Equal("kabarnusa.id", article.Source);
        Assert.Equal("Jembatan Gantung Desa Sukamaju Diresmikan Bupati", article.Title);
        Assert.Equal("Rina Kartika", article.Author);
        Assert.Equal(new DateTimeOffset(2023, 8, 14, 9, 5, 0, TimeSpan.FromHours(8)), article.Published);
        Assert.Equal("Warga melintas di atas jembatan gantung yang baru selesai dibangun./Kabarnusa", article.Caption);
        Assert.Equal("Mataram", article.Dateline);
        Assert.Equal(["Pasar Desa Sukamaju Kini Buka Sampai Malam"], article.RelatedTitles);
        Assert.Equal("RKA", article.EditorCode);
    }

    [Fact]
    public void KabarnusaFooterFromTheCommentPromptOnIsCut()
    {
        var article = Parse(Capture, "kabarnusa-2023-08-14-jembatan.txt");

        Assert.Equal(
            "Bupati meresmikan jembatan gantung sepanjang 80 meter yang menghubungkan dua dusun, Senin pagi.\n\n"
            + "Jembatan itu dibangun selama enam bulan dengan dana desa dan swadaya warga.\n\n"
            + "Warga berharap anak-anak tidak lagi menyeberangi sungai saat berangkat sekolah.",
            article.Body);
    }

    [Fact]
    public void KabarnusaPageIsRecognisedByItsPoweredByLineWhateverTheFileName()
    {
        var article = Parse(Capture, "capture-0001.txt");

        Assert.Equal("kabarnusa.id", article.Source);
        Assert.Equal("Warga melintas di atas jembatan gantung yang baru selesai dibangun./Kabarnusa", article.Caption);
    }

    [Fact]
    public void KabarnusaFooterIsCutAtTheLoadingMarkerWhenThereIsNoCommentPrompt()
    {
        const string capture = """
            gtag
            Harga Cabai di Pasar Cakranegara Turun
            Dewa Putu - 2 Sep 2023 16:40 WITA
            Pedagang menata cabai rawit di lapak pasar./Dok
            Harga cabai rawit turun menjadi Rp40 ribu per kilogram setelah panen raya di Lombok Timur.
            Memuat…
            Aktifkan notifikasi untuk berita terbaru
            Powered by Kabarnusa.id
            """;

        var article = Parse(capture, "kabarnusa-cabai.txt");

        Assert.Equal("Pedagang menata cabai rawit di lapak pasar./Dok", article.Caption);
        Assert.Null(article.Dateline);
        Assert.Equal("Harga cabai rawit turun menjadi Rp40 ribu per kilogram setelah panen raya di Lombok Timur.", article.Body);
    }

    [Fact]
    public void KabarnusaLineWithoutCreditAfterTheTitleIsBodyNotCaption()
    {
        const string capture = """
            Festival Layang-Layang Digelar di Pantai Senggigi
            Rina Kartika - 20 Agu 2023 08:00 WITA
            Festival Layang-Layang Digelar di Pantai Senggigi
            Ratusan layang-layang menghiasi langit Pantai Senggigi pada Minggu pagi.
            Panitia mencatat 300 peserta dari berbagai daerah.
            Powered by Kabarnusa.id
            """;

        var article = Parse(capture, "kabarnusa-layang.txt");

        Assert.Null(article.Caption);
        Assert.Equal(
            "Ratusan layang-layang menghiasi langit Pantai Senggigi pada Minggu pagi.\n\nPanitia mencatat 300 peserta dari berbagai daerah.",
            article.Body);
    }
}
