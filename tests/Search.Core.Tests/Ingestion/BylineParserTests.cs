using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion;

public sealed class BylineParserTests
{
    [Theory]
    [InlineData("Januari", 1)]
    [InlineData("Jan", 1)]
    [InlineData("Februari", 2)]
    [InlineData("Feb", 2)]
    [InlineData("Maret", 3)]
    [InlineData("Mar", 3)]
    [InlineData("April", 4)]
    [InlineData("Apr", 4)]
    [InlineData("Mei", 5)]
    [InlineData("Juni", 6)]
    [InlineData("Jun", 6)]
    [InlineData("Juli", 7)]
    [InlineData("Jul", 7)]
    [InlineData("Agustus", 8)]
    [InlineData("Agu", 8)]
    [InlineData("Agt", 8)]
    [InlineData("Ags", 8)]
    [InlineData("September", 9)]
    [InlineData("Sep", 9)]
    [InlineData("Sept", 9)]
    [InlineData("Oktober", 10)]
    [InlineData("Okt", 10)]
    [InlineData("November", 11)]
    [InlineData("Nov", 11)]
    [InlineData("Nop", 11)]
    [InlineData("Desember", 12)]
    [InlineData("Des", 12)]
    [InlineData("May", 5)]
    [InlineData("Aug", 8)]
    [InlineData("Oct", 10)]
    [InlineData("Dec", 12)]
    [InlineData("DES.", 12)]
    public void IndonesianAndEnglishMonthNamesAndAbbreviationsAreRead(string month, int expected)
    {
        var outcome = BylineParser.TryParse($"Penulis - 09 {month} 2020 14:05 WIB", TimeProvider.System, out _, out var published, out _);

        Assert.Equal(BylineParser.Outcome.Parsed, outcome);
        Assert.Equal(new DateTimeOffset(2020, expected, 9, 14, 5, 0, TimeSpan.FromHours(7)), published);
    }

    [Theory]
    [InlineData("Menlu Rusia Minta Jaminan")]
    [InlineData("Harga naik 5 persen pada 2021")]
    [InlineData("Penulis - 09 Mei 2020")]
    [InlineData("Penulis - 09 Mei 2020 14:05 UTC")]
    public void LinesThatAreNotBylinesAreNotTakenForOne(string line)
    {
        var outcome = BylineParser.TryParse(line, TimeProvider.System, out var author, out _, out _);

        Assert.Equal(BylineParser.Outcome.NotByline, outcome);
        Assert.Null(author);
    }

    [Fact]
    public void BylineWithoutAuthorHasNoAuthor()
    {
        var outcome = BylineParser.TryParse("09 Mei 2020 14:05 WIT", TimeProvider.System, out var author, out var published, out _);

        Assert.Equal(BylineParser.Outcome.Parsed, outcome);
        Assert.Null(author);
        Assert.Equal(new DateTimeOffset(2020, 5, 9, 14, 5, 0, TimeSpan.FromHours(9)), published);
    }

    [Fact]
    public void AuthorNamesWithHyphensAndCommasAreKeptWhole()
    {
        BylineParser.TryParse("Anak Agung Ayu-Sri, Wayan - 09 Mei 2020 14:05 WITA", TimeProvider.System, out var author, out _, out _);

        Assert.Equal("Anak Agung Ayu-Sri, Wayan", author);
    }
}
