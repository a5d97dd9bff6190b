using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

public sealed class RelaxedMatchingTests : IDisposable
{
    private readonly TemporaryIndex index = new(
    [
        Fixtures.Article("r1", "Banjir rob merendam pesisir utara", "Air laut naik dan merendam rumah warga di pesisir utara.", "2024-01-10T09:00:00+07:00"),
        Fixtures.Article("r2", "Harga beras naik", "Harga beras di pasar induk kota pesisir naik lagi.", "2024-01-11T09:00:00+07:00"),
        Fixtures.Article("r3", "Banjir di kota", "Hujan deras membuat banjir di pusat kota.", "2024-01-12T09:00:00+07:00"),
    ]);

    [Fact]
    public void WhenNoArticleHasEveryWordThoseWithMostOfThemAreFound()
    {
        var result = index.Searcher.Search(new SearchRequest { Query = "banjir rob pesisir terkini" });

        Assert.Equal(["r1"], result.Hits.Select(h => h.Id));
        Assert.Equal(["r1"], index.Searcher.TopIds("banjir rob pesisir terkini", 10));
    }

    [Fact]
    public void OneOfTwoWordsIsEnoughWhenNoArticleHasBoth() =>
        Assert.Equal(["r1", "r3"], index.Searcher.Search(new SearchRequest { Query = "banjir gempa" }).Hits.Select(h => h.Id).Order());

    [Fact]
    public void AQueryThatMatchesFullyIsNotRelaxed() =>
        Assert.Equal(["r3"], index.Searcher.Search(new SearchRequest { Query = "banjir kota" }).Hits.Select(h => h.Id));

    [Theory]
    [InlineData("\"rob banjir\"")]
    [InlineData("banjir -rob -kota")]
    [InlineData("title:gempa")]
    [InlineData("gempa OR tsunami")]
    public void PhrasesExclusionsFieldsAndOrAreNeverRelaxed(string q) =>
        Assert.Empty(index.Searcher.Search(new SearchRequest { Query = q }).Hits);

    [Fact]
    public void ARelaxedQueryStillGetsItsSpellingSuggestion()
    {
        var result = index.Searcher.Search(new SearchRequest { Query = "banjir pesisr" });

        Assert.Equal(["r1", "r3"], result.Hits.Select(h => h.Id).Order());
        Assert.Equal("banjir pesisir", result.Suggestion);
    }

    public void Dispose() => index.Dispose();
}
