using System.Net;
using System.Text.Json;

namespace Search.Api.Tests;

public sealed class SearchEndpointTests(SearchEndpointTests.Host host) : IClassFixture<SearchEndpointTests.Host>
{
    public sealed class Host() : IDisposable
    {
        public SearchApiFactory Factory { get; } = new(ApiArticles.All);

        public void Dispose() => Factory.Dispose();
    }

    private readonly HttpClient client = host.Factory.CreateClient();

    [Fact]
    public async Task SearchReturnsHitsFacetsAndHighlightedSnippets()
    {
        using var json = await GetJson("/api/search?q=jembatan&sort=oldest");
        var root = json.RootElement;

        Assert.Equal("jembatan", root.GetProperty("query").GetString());
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(10, root.GetProperty("size").GetInt32());
        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(["k1", "k3"], hits.Select(h => h.GetProperty("id").GetString()));
        Assert.Equal("2025-02-15T07:30:00+08:00", hits[1].GetProperty("published").GetString());
        Assert.Equal("daerah", hits[0].GetProperty("topic").GetString());
        Assert.Equal(["Rina Halim"], hits[0].GetProperty("persons").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("<mark>jembatan</mark>", hits[0].GetProperty("snippet").GetString());
        Assert.Equal(
            ["topic", "person", "source", "month", "year", "org", "place"],
            root.GetProperty("facets").EnumerateObject().Select(p => p.Name));
        var months = root.GetProperty("facets").GetProperty("month").EnumerateArray()
            .Select(m => (m.GetProperty("value").GetString(), m.GetProperty("count").GetInt32()));
        Assert.Equal([("2024-01", 1), ("2025-02", 1)], months);
    }

    [Fact]
    public async Task RepeatedTopicFilterIsOrWithinTheDimension()
    {
        using var json = await GetJson("/api/search?topic=daerah&topic=olahraga&source=warta-harian.com");

        var ids = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Order();
        Assert.Equal(["k2", "k3"], ids);
    }

    [Fact]
    public async Task SnippetEscapesHtmlInTheArticle()
    {
        using var json = await GetJson("/api/search?q=skuad");

        var snippet = json.RootElement.GetProperty("hits")[0].GetProperty("snippet").GetString();
        Assert.Equal("Pelatih Bayu Santoso mengumumkan <mark>skuad</mark> &lt;baru&gt;.", snippet);
    }

    [Theory]
    [InlineData("size=0", "size")]
    [InlineData("size=101", "size")]
    [InlineData("size=ten", "size")]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("page=999999&size=100", "page")]
    [InlineData("sort=popular", "sort")]
    [InlineData("from=2024-13-01", "from")]
    [InlineData("to=31-12-2024", "to")]
    [InlineData("from=2025-01-02&to=2025-01-01", "to")]
    public async Task InvalidParameterGetsAProblemNamingIt(string query, string parameter)
    {
        var response = await client.GetAsync("/api/search?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains($"'{parameter}'", json.RootElement.GetProperty("detail").GetString());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Theory]
    [InlineData("q=%22unbalanced")]
    [InlineData("q=-")]
    [InlineData("q=OR%20OR%20AND")]
    [InlineData("q=title:")]
    [InlineData("q=***%20~~%20^^%20[]{}()")]
    [InlineData("q=%00%01%02")]
    public async Task WhateverAPersonTypesIsNeverAnError(string query)
    {
        var response = await client.GetAsync("/api/search?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ArticleByIdReturnsTheWholeArticle()
    {
        using var json = await GetJson("/api/articles/k1");
        var root = json.RootElement;

        Assert.Equal("Gubernur meresmikan jembatan baru", root.GetProperty("title").GetString());
        Assert.Equal("Gubernur Rina Halim meresmikan jembatan di Sungai Lamo.", root.GetProperty("body").GetString());
        Assert.Equal("Foto: dokumentasi", root.GetProperty("caption").GetString());
        Assert.Equal("Lamo", root.GetProperty("dateline").GetString());
        Assert.Equal("Daerah", root.GetProperty("category").GetString());
        Assert.Equal("daerah", root.GetProperty("topic").GetString());
        Assert.Equal(["Judul terkait"], root.GetProperty("relatedTitles").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task UnknownArticleIsANotFoundProblem()
    {
        var response = await client.GetAsync("/api/articles/does-not-exist");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ReadyReportsTheDocumentCount()
    {
        using var json = await GetJson("/health/ready");

        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("checks").GetProperty("index").GetProperty("data").GetProperty("documents").GetInt32());
    }

    private async Task<JsonDocument> GetJson(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
