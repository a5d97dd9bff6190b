using System.Net;
using System.Text.Json;

namespace Search.Api.Tests;

public sealed class SuggestEndpointTests(SuggestEndpointTests.Host host) : IClassFixture<SuggestEndpointTests.Host>
{
    public sealed class Host() : IDisposable
    {
        public SearchApiFactory Factory { get; } = new(ApiArticles.All);

        public void Dispose() => Factory.Dispose();
    }

    private readonly HttpClient client = host.Factory.CreateClient();

    [Fact]
    public async Task SuggestCompletesHeadlinesPersonsAndTopicsByWordPrefix()
    {
        using var json = await GetJson("/api/suggest?q=jemb");
        var root = json.RootElement;

        Assert.Equal(["titles", "persons", "topics"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            [("k3", "Jembatan ramai dikunjungi"), ("k1", "Gubernur meresmikan jembatan baru")],
            root.GetProperty("titles").EnumerateArray().Select(t => (t.GetProperty("id").GetString(), t.GetProperty("title").GetString())));
        Assert.Empty(root.GetProperty("persons").EnumerateArray());

        using var person = await GetJson("/api/suggest?q=RINA&size=1");
        var rina = Assert.Single(person.RootElement.GetProperty("persons").EnumerateArray());
        Assert.Equal(("Rina Halim", 2), (rina.GetProperty("value").GetString(), rina.GetProperty("count").GetInt32()));

        using var topic = await GetJson("/api/suggest?q=dae");
        var daerah = Assert.Single(topic.RootElement.GetProperty("topics").EnumerateArray());
        Assert.Equal(("daerah", 2), (daerah.GetProperty("value").GetString(), daerah.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task AnEmptyPrefixGivesEmptyLists()
    {
        using var json = await GetJson("/api/suggest?q=");

        Assert.All(json.RootElement.EnumerateObject(), kind => Assert.Empty(kind.Value.EnumerateArray()));
    }

    [Theory]
    [InlineData("/api/suggest?q=je&size=0", "size")]
    [InlineData("/api/suggest?q=je&size=abc", "size")]
    [InlineData("/api/search?q=jembatan&recency=maybe", "recency")]
    public async Task InvalidParametersAreProblemsNamingTheParameter(string url, string parameter)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task AMisspelledQueryGetsASuggestionAndACorrectOneDoesNot()
    {
        using var misspelled = await GetJson("/api/search?q=jembatn");
        Assert.Equal(0, misspelled.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("jembatan", misspelled.RootElement.GetProperty("suggestion").GetString());

        using var correct = await GetJson("/api/search?q=jembatan&recency=true");
        Assert.Equal(["k3", "k1"], correct.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.False(correct.RootElement.TryGetProperty("suggestion", out _));
    }

    private async Task<JsonDocument> GetJson(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
