using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion;

/// <summary>
/// A page heavy with furniture (menus, ads, inline scripts, a "Baca Juga" box inside the body, share
/// buttons, tags, a newsletter form, comments, an aside, a footer): only the article's paragraphs remain.
/// </summary>
public sealed class HtmlBoilerplateRemovalTests
{
    private const string Page = "wartaselatan-banjir-rob-makassar.html";

    [Fact]
    public void EveryBodyParagraphIsKeptInOrderAndNothingElse()
    {
        var article = HtmlPages.ReadArticle(Page);

        Assert.Equal(
            [
                "Banjir rob merendam sedikitnya 240 rumah di Kelurahan Cambaya dan Kelurahan Buloa, Makassar, sejak Senin malam. Air laut masuk ke permukiman setinggi lutut orang dewasa saat pasang tertinggi.",
                "Lurah Cambaya, Abdul Rahman Daeng Tayang, mengatakan 58 keluarga memilih mengungsi ke masjid dan balai warga. \"Yang punya bayi dan lansia kami dahulukan,\" katanya, Selasa pagi.",
                "Menurut warga, saluran pembuangan di kawasan itu tersumbat sampah plastik sehingga air surut lebih lambat dari biasanya. Petugas kebersihan kecamatan mulai mengeruk saluran pada Selasa siang.",
                "Dinas Pekerjaan Umum Kota Makassar menyiapkan tiga pompa portabel dan karung pasir untuk menahan air di titik terendah. Warga diminta waspada karena pasang tinggi masih berulang hingga Kamis.",
            ],
            HtmlPages.Paragraphs(article));
        Assert.Equal("Makassar", article.Dateline);
    }

    [Theory]
    [InlineData("googletag")]
    [InlineData("font-family")]
    [InlineData("pixel pelacak")]
    [InlineData("Iklan atas halaman")]
    [InlineData("Advertisement")]
    [InlineData("SCROLL TO CONTINUE")]
    [InlineData("Menu pilihan redaksi")]
    [InlineData("Metropolitan")]
    [InlineData("WhatsApp")]
    [InlineData("Bagikan artikel ini")]
    [InlineData("Baca Juga")]
    [InlineData("Pompa Air Kanal Jongaya")]
    [InlineData("Lihat juga")]
    [InlineData("Simak Video")]
    [InlineData("Daftar newsletter")]
    [InlineData("Komentar Pembaca")]
    [InlineData("kapan tanggulnya dibangun")]
    [InlineData("Terpopuler")]
    [InlineData("Harga Tiket Kapal")]
    [InlineData("Pedoman Media Siber")]
    [InlineData("Penulis: Ratih")]
    [InlineData("09:15 WIB")]
    public void BoilerplateTextIsAbsentFromTheBody(string boilerplate)
    {
        var article = HtmlPages.ReadArticle(Page);

        Assert.DoesNotContain(boilerplate, article.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void RelatedLinksAreKeptApartAsRelatedTitles()
    {
        var article = HtmlPages.ReadArticle(Page);

        Assert.Equal(
            ["Pompa Air Kanal Jongaya Selesai Diperbaiki", "Pasang Maksimum Diperkirakan Sampai Akhir Pekan", "Warga Buloa Bertahan di Rumah Panggung"],
            article.RelatedTitles);
    }

    [Fact]
    public void MetadataComesFromMetaTagsAndTheIndonesianDateTextAboveTheBody()
    {
        var article = HtmlPages.ReadArticle(Page);

        Assert.Equal("Banjir Rob Rendam Permukiman Pesisir Makassar, Warga Mengungsi ke Masjid", article.Title);
        // No machine-readable date anywhere: "Selasa, 12 Maret 2024 | 09:15 WIB" is read as the byline parser reads it.
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 9, 15, 0, TimeSpan.FromHours(7)), article.Published);
        Assert.Equal("Ratih Wulandaru", article.Author);
        Assert.Equal("Metropolitan", article.Category);
        Assert.Equal(["banjir rob", "Makassar", "drainase"], article.Tags);
        Assert.Equal("wartaselatan.id", article.Source);
    }
}
