using System.Net;
using System.Text.Json;

namespace Search.Api.Tests;

public sealed class DiscoveryViewEndpointTests(DiscoveryApiFactory factory) : IClassFixture<DiscoveryApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task APersonsTimelineHasWeeklyCountsAndTheTopArticleOfEachWeek()
    {
        using var json = await GetJson("/api/timeline?person=Sari%20Wulandari&interval=week");
        var root = json.RootElement;

        Assert.Equal(("week", 6), (root.GetProperty("interval").GetString(), root.GetProperty("total").GetInt32()));
        var buckets = root.GetProperty("buckets").EnumerateArray()
            .Select(b => (b.GetProperty("key").GetString(), b.GetProperty("start").GetString(), b.GetProperty("count").GetInt32(), b.GetProperty("top").GetProperty("id").GetString()));
        Assert.Equal([("2025-W09", "2025-02-24", 1, "s0"), ("2025-W10", "2025-03-03", 5, "s1")], buckets);
    }

    [Fact]
    public async Task ADailyTimelineListsEmptyDaysBetweenMatchesWithoutATopArticle()
    {
        using var json = await GetJson("/api/timeline?q=jembatan&interval=day&from=2025-03-01");

        var buckets = json.RootElement.GetProperty("buckets").EnumerateArray()
            .Select(b => (b.GetProperty("key").GetString(), b.GetProperty("count").GetInt32(), b.GetProperty("top").ValueKind == JsonValueKind.Null));
        Assert.Equal([("2025-03-03", 2, false), ("2025-03-04", 1, false), ("2025-03-05", 1, false)], buckets);
    }

    [Fact]
    public async Task TrendingPersonsCompareTheWindowWithTheWeekBefore()
    {
        using var json = await GetJson("/api/trending?from=2025-03-03&to=2025-03-09&dimension=person");
        var root = json.RootElement;

        Assert.Equal(("2025-02-24", "2025-03-02", 9, 4), (root.GetProperty("baselineFrom").GetString(), root.GetProperty("baselineTo").GetString(), root.GetProperty("total").GetInt32(), root.GetProperty("baselineTotal").GetInt32()));
        var values = root.GetProperty("values").EnumerateArray()
            .Select(v => (v.GetProperty("value").GetString(), v.GetProperty("count").GetInt32(), v.GetProperty("baselineCount").GetInt32(), v.GetProperty("score").GetDouble()));
        // Sari Wulandari: fg = 5/9, bg = (1 + 1)/(4 + 1); Rina Halim: fg = 4/9, bg = (1 + 1)/(4 + 1).
        Assert.Equal([("Sari Wulandari", 5, 1, Math.Round((5 / 9.0 - 0.4) * (5 / 9.0) / 0.4, 6)), ("Rina Halim", 4, 1, Math.Round((4 / 9.0 - 0.4) * (4 / 9.0) / 0.4, 6))], values);
    }

    [Fact]
    public async Task TrendingWithoutDatesIsTheWeekEndingOnTheNewestArticle()
    {
        using var json = await GetJson("/api/trending?dimension=topic&size=1");
        var root = json.RootElement;

        Assert.Equal(("2025-03-02", "2025-03-08"), (root.GetProperty("from").GetString(), root.GetProperty("to").GetString()));
        Assert.Equal(["kesehatan"], root.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString()));
    }

    [Theory]
    [InlineData("/api/timeline?interval=year", "interval")]
    [InlineData("/api/timeline?from=2025-03-09&to=2025-03-01", "to")]
    [InlineData("/api/timeline?to=kemarin", "to")]
    [InlineData("/api/trending?dimension=weather", "dimension")]
    [InlineData("/api/trending?dimension=month", "dimension")]
    [InlineData("/api/trending?from=2025-03-09&to=2025-03-01", "to")]
    [InlineData("/api/trending?from=2024-01-01&to=2025-03-01", "from")]
    [InlineData("/api/trending?size=0", "size")]
    [InlineData("/api/trending?from=2025-3-1", "from")]
    public async Task InvalidParameterGetsAProblemNamingIt(string url, string parameter)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains($"'{parameter}'", json.RootElement.GetProperty("detail").GetString());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    private async Task<JsonDocument> GetJson(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
