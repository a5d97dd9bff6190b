using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion;

/// <summary>
/// Article metadata of saved pages (Ingestion/HtmlPages, written by us in the shapes Indonesian news
/// sites use): JSON-LD first, OpenGraph and meta tags as fallback, each field exactly.
/// </summary>
public sealed class HtmlArticleMetadataTests
{
    [Fact]
    public void NewsArticleJsonLdGivesEveryFieldAndAuthorsFromAnArrayOfPersons()
    {
        var article = HtmlPages.ReadArticle("lensanusantara-pasar-ikan-talise.html");

        // The JSON-LD headline wins over og:title ("Pasar Ikan Higienis Diresmikan di Talise").
        Assert.Equal("Wali Kota Palu Resmikan Pasar Ikan Higienis di Pantai Talise", article.Title);
        Assert.Equal(new DateTimeOffset(2025, 2, 14, 10, 30, 0, TimeSpan.FromHours(8)), article.Published);
        Assert.Equal(TimeSpan.FromHours(8), article.Published.Offset);
        Assert.Equal("Rizky Mahendra, Nur Aisyah Lamato", article.Author);
        Assert.Equal("Regional", article.Category);
        Assert.Null(article.Subcategory);
        Assert.Equal(["pasar ikan", "Palu", "nelayan Talise"], article.Tags);
        Assert.Equal("Pedagang menata ikan di los baru Pasar Ikan Talise, Jumat (14/2/2025). (Lensa Nusantara/Nur Aisyah Lamato)", article.Caption);
        Assert.Equal("https://www.lensanusantara.com/regional/2025/02/14/wali-kota-palu-resmikan-pasar-ikan?utm_source=beranda", article.Url);
        Assert.Equal("lensanusantara.com", article.Source);
        Assert.Equal(ArticleIdentity.FromUrl("https://lensanusantara.com/regional/2025/02/14/wali-kota-palu-resmikan-pasar-ikan"), article.Id);
        Assert.Equal("Palu", article.Dateline);
        Assert.Equal("rmh/nal", article.EditorCode);
        Assert.Equal(["Nelayan Talise Terima Bantuan Mesin Perahu"], article.RelatedTitles);
    }

    [Fact]
    public void NewsArticleBodyKeepsEveryParagraphAndNothingElse()
    {
        var article = HtmlPages.ReadArticle("lensanusantara-pasar-ikan-talise.html");

        Assert.Equal(
            [
                "Wali Kota Palu Darmawan Tanjung meresmikan Pasar Ikan Talise yang dibangun ulang dengan standar higienis pada Jumat pagi. Pasar itu kini punya 86 los berlantai keramik, saluran air tertutup, dan ruang pendingin yang dipakai bersama.",
                "Menurut Darmawan, pasar lama kerap tergenang saat air laut pasang sehingga pembeli enggan datang. \"Dengan lantai yang ditinggikan dan saluran tertutup, ikan tetap segar dan pembeli tidak perlu berjinjit di genangan,\" ujarnya.",
                "Kepala Dinas Perikanan Kota Palu, Sitti Marwah Lasaro, menyebut pembangunan menghabiskan anggaran Rp 9,4 miliar dari APBD 2024. Pedagang lama mendapat prioritas menempati los tanpa biaya sewa selama enam bulan pertama.",
                "Salah seorang pedagang, Hamka Latopa, mengaku penjualannya naik sejak pindah ke los baru pekan lalu. Ia berharap ruang pendingin bersama tetap dirawat agar tidak cepat rusak.",
            ],
            HtmlPages.Paragraphs(article));
    }

    [Fact]
    public void OpenGraphAndMetaTagsStandInWhenThereIsNoJsonLd()
    {
        var article = HtmlPages.ReadArticle("kabarsenja-harga-cabai-semarang.html");

        // og:title without the " - Kabar Senja" the site appends.
        Assert.Equal("Harga Cabai Rawit di Semarang Turun Jelang Akhir Pekan", article.Title);
        Assert.Equal(new DateTimeOffset(2024, 9, 6, 7, 45, 0, TimeSpan.FromHours(7)), article.Published);
        Assert.Equal("Galuh Pramesti", article.Author);
        Assert.Equal("Ekonomi", article.Category);
        // article:tag comes before the looser meta keywords.
        Assert.Equal(["cabai rawit", "Semarang", "inflasi"], article.Tags);
        Assert.Equal("https://kabarsenja.co.id/ekonomi/harga-cabai-rawit-di-semarang-turun-jelang-akhir-pekan/", article.Url);
        Assert.Equal("kabarsenja.co.id", article.Source);
        Assert.Equal("Pedagang cabai di Pasar Johar Baru, Semarang, Jumat (6/9/2024).", article.Caption);
        Assert.Equal("Semarang", article.Dateline);
        Assert.Equal(
            [
                "Harga cabai rawit merah di sejumlah pasar tradisional Kota Semarang turun menjelang akhir pekan. Di Pasar Johar Baru, cabai rawit yang sepekan lalu dijual Rp 58.000 per kilogram kini ditawarkan Rp 46.000.",
                "Pedagang bernama Sumiyati mengatakan pasokan dari Temanggung dan Magelang kembali lancar setelah panen raya. \"Barang datang terus sejak Selasa, jadi harga ikut turun,\" katanya.",
                "Bawang merah justru naik tipis menjadi Rp 34.000 per kilogram karena hujan di sentra produksi Brebes menunda panen.",
                "Dinas Perdagangan Kota Semarang memperkirakan harga cabai bertahan di kisaran itu hingga pertengahan bulan, selama cuaca di daerah penghasil tetap kering.",
            ],
            HtmlPages.Paragraphs(article));
    }

    [Fact]
    public void GraphJsonLdResolvesAuthorAndPublisherByIdAndTheDensestBlockIsTheBody()
    {
        var article = HtmlPages.ReadArticle("serambitimur-persipura-muda.html");

        Assert.Equal("Tim Muda Jayapura Menang Dramatis di Stadion Mandala", article.Title);
        // "+0900" without a colon, Waktu Indonesia Timur.
        Assert.Equal(new DateTimeOffset(2024, 11, 23, 19, 10, 0, TimeSpan.FromHours(9)), article.Published);
        Assert.Equal("Yohana Kambuaya", article.Author);
        Assert.Equal(("Olahraga", "Sepak Bola"), (article.Category, article.Subcategory));
        Assert.Equal(["Cenderawasih Muda", "Liga Remaja", "Jayapura"], article.Tags);
        Assert.Equal("https://serambitimur.id/olahraga/tim-muda-jayapura-menang-dramatis/", article.Url);
        Assert.Equal("serambitimur.id", article.Source);
        Assert.Equal(
            [
                "Cenderawasih Muda mengalahkan tamu mereka, Rajawali Sentani, 2-1 dalam laga Liga Remaja di Stadion Mandala, Sabtu sore. Gol penentu dicetak Markus Wenda pada menit tambahan babak kedua.",
                "Rajawali Sentani sempat unggul lewat sundulan kapten mereka di menit ke-34. Cenderawasih Muda baru menyamakan kedudukan selepas jeda melalui tendangan bebas Frengky Itlay.",
                "Pelatih Cenderawasih Muda, Agustinus Mote, memuji kesabaran anak asuhnya. \"Kami tidak panik walau tertinggal. Anak-anak terus menekan sampai peluit akhir,\" katanya seusai pertandingan.",
                "Kemenangan ini membawa Cenderawasih Muda ke puncak klasemen sementara grup timur dengan 13 poin dari enam laga.",
            ],
            HtmlPages.Paragraphs(article));
    }

    [Fact]
    public void BrokenJsonLdFallsBackToTheMetaTags()
    {
        var record = HtmlPages.Read("beritapagi-jembatan-gantung-rusak-json-ld.html");
        var article = record.Article!;

        Assert.Equal(1, record.Line);
        Assert.Equal("Jembatan Gantung Penghubung Dua Desa di Lebak Putus Diterjang Banjir", article.Title);
        Assert.Equal(new DateTimeOffset(2025, 1, 9, 16, 20, 0, TimeSpan.FromHours(7)), article.Published);
        Assert.Equal("Asep Saepulloh", article.Author);
        Assert.Equal("Daerah", article.Category);
        Assert.Equal(["banjir", "Lebak", "jembatan gantung"], article.Tags);
        Assert.Equal("beritapagi.id", article.Source);
        Assert.Equal(ArticleIdentity.FromUrl("https://www.beritapagi.id/daerah/d-771204/jembatan-gantung-lebak-putus"), article.Id);
        Assert.Equal(3, HtmlPages.Paragraphs(article).Length);
        Assert.StartsWith("Jembatan gantung yang menghubungkan Desa Cibarengkok", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("09 Jan 2025", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLdWithARawLineBreakInAStringIsStillRead()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("baris.html", "<html><head><meta property=\"og:title\" content=\"Judul Lain\">"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Sekolah Darurat\n Dibuka di Lamo\",\"datePublished\":\"2024-05-02T08:00:00+08:00\"}</script>"
            + "</head><body><article><p>Tiga ruang kelas darurat mulai dipakai murid sekolah dasar di Lamo.</p></article></body></html>");

        var record = Assert.Single(HtmlPages.Reader().Read([path]));

        Assert.Equal("Sekolah Darurat Dibuka di Lamo", record.Article!.Title);
    }

    [Fact]
    public void JsonLdArticleBodyStandsInWhenTheMarkupHoldsNoText()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("tanpa-markup.html", """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Pelabuhan Lamo Diperluas","datePublished":"2024-05-03T08:00:00+08:00","articleBody":"Lamo - Dermaga kedua mulai dibangun.\n\nPekerjaan ditargetkan selesai akhir tahun."}</script></head>
            <body><div id="app"></div></body></html>
            """);

        var article = Assert.Single(HtmlPages.Reader().Read([path])).Article!;

        Assert.Equal(["Dermaga kedua mulai dibangun.", "Pekerjaan ditargetkan selesai akhir tahun."], HtmlPages.Paragraphs(article));
        Assert.Equal("Lamo", article.Dateline);
    }

    [Fact]
    public void ReadingThePageTwiceGivesTheSameId()
    {
        var first = HtmlPages.ReadArticle("wartaselatan-banjir-rob-makassar.html");
        var second = HtmlPages.ReadArticle("wartaselatan-banjir-rob-makassar.html");

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(ArticleIdentity.FromUrl("https://wartaselatan.id/metropolitan/banjir-rob-rendam-permukiman-pesisir-makassar"), first.Id);
    }
}
