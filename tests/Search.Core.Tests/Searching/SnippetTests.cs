using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

/// <summary>Snippets cut from the offsets the index keeps for the body (no second analysis of the text).</summary>
public sealed class SnippetTests
{
    private const string Filler = "Cuaca di pesisir cerah sepanjang pagi dan nelayan kembali melaut seperti biasa. ";

    [Fact]
    public void LongBodyShowsTheFragmentsWithTheMostQueryWordsInTextOrder()
    {
        var body = "Warga menyebut banjir datang tiba-tiba. " + string.Concat(Enumerable.Repeat(Filler, 4))
            + "Petugas memeriksa tanggul yang jebol sebelum banjir kedua tiba. " + string.Concat(Enumerable.Repeat(Filler, 4))
            + "Tanggul lain masih kokoh.";
        using var index = new TemporaryIndex([Fixtures.Article("s1", "Laporan sore", body, "2024-03-01T10:00:00+07:00")]);

        var hit = Assert.Single(index.Searcher.Search(new SearchRequest { Query = "banjir tanggul" }).Hits);

        Assert.Equal(
            "Warga menyebut <mark>banjir</mark> datang tiba-tiba. Cuaca di pesisir cerah sepanjang pagi dan nelayan kembali melaut seperti biasa. Cuaca di pesisir cerah sepanjang pagi"
            + " … Petugas memeriksa <mark>tanggul</mark> yang jebol sebelum <mark>banjir</mark> kedua tiba. Cuaca di pesisir cerah sepanjang pagi dan nelayan kembali melaut seperti biasa.",
            hit.Snippet);
    }

    [Fact]
    public void OtherFormsOfAQueryWordAreMarkedAsWritten()
    {
        using var index = new TemporaryIndex(
        [
            Fixtures.Article("s2", "Rapat desa", "Pertemuan warga berlangsung malam. Mereka bertemu lagi pekan depan.", "2024-03-02T10:00:00+07:00"),
        ]);

        var hit = Assert.Single(index.Searcher.Search(new SearchRequest { Query = "bertemu" }).Hits);

        Assert.Equal("<mark>Pertemuan</mark> warga berlangsung malam. Mereka <mark>bertemu</mark> lagi pekan depan.", hit.Snippet);
    }

    [Fact]
    public void BodyWithoutTheWordsShowsItsOpening()
    {
        var body = string.Concat(Enumerable.Repeat(Filler, 3));
        using var index = new TemporaryIndex([Fixtures.Article("s3", "Festival layang-layang", body, "2024-03-03T10:00:00+07:00")]);

        var hit = Assert.Single(index.Searcher.Search(new SearchRequest { Query = "festival" }).Hits);

        Assert.Equal("Cuaca di pesisir cerah sepanjang pagi dan nelayan kembali melaut seperti biasa. Cuaca di pesisir cerah sepanjang pagi dan nelayan kembali melaut seperti biasa.…", hit.Snippet);
    }

    [Fact]
    public void AnOpeningShowsEachRunOfWhiteSpaceAsOneSpace()
    {
        var body = "  Hujan\tturun\n\nsejak   pagi.\u00A0Warga \r\n berteduh.  ";
        using var index = new TemporaryIndex([Fixtures.Article("s4", "Festival layang-layang", body, "2024-03-04T10:00:00+07:00")]);

        var hit = Assert.Single(index.Searcher.Search(new SearchRequest { Query = "festival" }).Hits);

        Assert.Equal("Hujan turun sejak pagi. Warga berteduh.", hit.Snippet);
    }
}
