using System.Globalization;
using System.Net;
using System.Text.Json;
using Search.Core.Articles;

namespace Search.Api.Tests;

public sealed class CursorPagingTests : IDisposable
{
    private const int Count = 230;
    private readonly HardenedApiFactory factory = new(Articles());

    [Theory]
    [InlineData("relevance", "banjir")]
    [InlineData("newest", "")]
    [InlineData("oldest", "sungai")]
    public async Task CursorPagesVisitEveryHitOnceInTheOrderOfOrdinaryPages(string sort, string q)
    {
        var client = factory.CreateClient();
        var byPage = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            byPage.AddRange((await Get(client, $"q={q}&sort={sort}&size=100&page={page}")).Ids);
        }

        var byCursor = new List<string>();
        string? cursor = null;
        var requests = 0;
        do
        {
            var (ids, next, total) = await Get(client, $"q={q}&sort={sort}&size=100" + (cursor is null ? "" : "&cursor=" + cursor));
            Assert.Equal(Count, total);
            byCursor.AddRange(ids);
            cursor = next;
            requests++;
        }
        while (cursor is not null);

        Assert.Equal(3, requests);
        Assert.Equal(Count, byCursor.Distinct().Count());
        Assert.Equal(byPage, byCursor);
    }

    [Fact]
    public async Task DeepPagesPointToTheCursorAndForeignCursorsAreRejected()
    {
        var client = factory.CreateClient();
        var first = await Get(client, "sort=newest&size=10");

        var deep = await client.GetAsync("/api/search?page=101&size=100");
        var tampered = await client.GetAsync("/api/search?cursor=bm90LWEtY3Vyc29y");
        var wrongSort = await client.GetAsync($"/api/search?sort=oldest&cursor={first.Next}");
        var withPage = await client.GetAsync($"/api/search?sort=newest&page=2&cursor={first.Next}");

        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
        Assert.Contains("cursor", await deep.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongSort.StatusCode);
        Assert.Contains("sort=newest", await wrongSort.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, withPage.StatusCode);
    }

    [Fact]
    public async Task TooManyClausesOrFilterValuesAreRejectedNamingTheLimit()
    {
        var client = factory.CreateClient();
        var words = string.Join(' ', Enumerable.Range(0, 65).Select(i => "kata" + i));
        var topics = string.Join('&', Enumerable.Range(0, 51).Select(i => "topic=t" + i));

        var manyWords = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(words));
        var manyTopics = await client.GetAsync("/api/search?" + topics);

        Assert.Equal(HttpStatusCode.BadRequest, manyWords.StatusCode);
        Assert.Contains("65 clauses", await manyWords.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, manyTopics.StatusCode);
        Assert.Contains("at most 50 values", await manyTopics.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("to=9999-12-31")]
    [InlineData("from=0001-01-01")]
    public async Task DatesAtTheEndsOfTheCalendarAreRefusedNotFailed(string query)
    {
        var response = await factory.CreateClient().GetAsync("/api/search?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("between 1000-01-01 and 9998-12-31", await response.Content.ReadAsStringAsync());
    }

    private static async Task<(List<string> Ids, string? Next, int Total)> Get(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/search?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        return (
            root.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList(),
            root.GetProperty("nextCursor").GetString(),
            root.GetProperty("total").GetInt32());
    }

    /// <summary>Articles with many tied scores and tied dates, so the id tiebreak matters.</summary>
    private static List<Article> Articles() => Enumerable.Range(0, Count).Select(i => new Article
    {
        Id = "c" + i.ToString("D3", CultureInfo.InvariantCulture),
        Url = $"https://contoh.id/c{i}",
        Source = "contoh.id",
        Title = i % 3 == 0 ? "Banjir di sungai" : "Banjir sungai meluap lagi",
        Body = string.Join(' ', Enumerable.Repeat("banjir sungai", 1 + (i % 4))),
        Published = new DateTimeOffset(2024, 1, 1 + (i % 20), 8, 0, 0, TimeSpan.FromHours(7)),
        Category = "Daerah",
    }).ToList();

    public void Dispose() => factory.Dispose();
}
