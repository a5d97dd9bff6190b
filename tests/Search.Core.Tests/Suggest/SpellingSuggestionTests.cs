using Search.Core.Articles;
using Search.Core.Searching;
using Search.Core.Suggest;
using Search.Core.Tests.Searching;

namespace Search.Core.Tests.Suggest;

public sealed class SpellingSuggestionTests : IDisposable
{
    private readonly TemporaryIndex index = new(Archive());

    [Theory]
    [InlineData("jokowo", "jokowi")]
    [InlineData("prabwo", "prabowo")]
    [InlineData("Jokowo", "Jokowi")]
    [InlineData("jokowo banjir", "jokowi banjir")]
    [InlineData("bajnir jokowi", "banjir jokowi")]
    [InlineData("title:prabwo", "title:prabowo")]
    public void AQueryWithoutHitsGetsTheMostLikelyCorrection(string q, string expected)
    {
        var result = index.Searcher.Search(new SearchRequest { Query = q });

        Assert.Equal(expected, result.Suggestion);
    }

    [Theory]
    [InlineData("jokowi")]
    [InlineData("banjir")]
    [InlineData("qwertyuiop")]
    public void ACorrectlySpelledOrHopelessQueryGetsNoSuggestion(string q) =>
        Assert.Null(index.Searcher.Search(new SearchRequest { Query = q }).Suggestion);

    [Fact]
    public void ACorrectionMustFindArticlesAsAWholeQuery() =>
        Assert.Null(index.Searcher.Search(new SearchRequest { Query = "prabwo banjir" }).Suggestion);

    [Theory]
    [InlineData("jokowo -prabwo", "jokowi -prabwo")]
    [InlineData("source:kabarnusa.id jokowo", "source:kabarnusa.id jokowi")]
    public void ExcludedWordsAndFacetValuesAreNotCorrected(string q, string expected) =>
        Assert.Equal(expected, index.Searcher.Search(new SearchRequest { Query = q }).Suggestion);

    [Theory]
    [InlineData("jokowi", "jokowi", 0)]
    [InlineData("jokowo", "jokowi", 1)]
    [InlineData("prabwo", "prabowo", 1)]
    [InlineData("pemerintha", "pemerintah", 1)]
    [InlineData("abc", "bca", 2)]
    [InlineData("kitten", "sitting", 3)]
    public void EditDistanceCountsSwapsOfNeighboursAsOneEdit(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b));

    public void Dispose() => index.Dispose();

    private static List<Article> Archive()
    {
        var articles = new List<Article>();
        for (var i = 0; i < 12; i++)
        {
            articles.Add(Fixtures.Article($"j{i}", $"Jokowi meninjau banjir hari ke-{i}", "Presiden Jokowi meninjau lokasi banjir bersama warga.", "2024-01-10T09:00:00+07:00"));
        }
        for (var i = 0; i < 6; i++)
        {
            articles.Add(Fixtures.Article($"p{i}", $"Prabowo berkunjung ke pangkalan {i}", "Menteri Prabowo meninjau pangkalan udara.", "2024-01-10T09:00:00+07:00"));
        }
        articles.Add(Fixtures.Article("typo", "Salah ketik", "Jokowo sekali ditulis salah.", "2024-01-10T09:00:00+07:00"));
        return articles;
    }
}
