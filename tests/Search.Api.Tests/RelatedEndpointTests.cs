using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Search.Api.Tests;

public sealed class RelatedEndpointTests(DiscoveryApiFactory factory) : IClassFixture<DiscoveryApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task RelatedArticlesListTheFollowUpWithSharedPersonsAndNeverTheSourceOrItsCopies()
    {
        using var json = await GetJson("/api/articles/d1/related");
        var root = json.RootElement;

        Assert.Equal(("d1", 5), (root.GetProperty("id").GetString(), root.GetProperty("size").GetInt32()));
        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(["d4", "r0"], hits.Select(h => h.GetProperty("id").GetString()));
        Assert.Equal(["Rina Halim"], hits[0].GetProperty("sharedEntities").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(("daerah", 0, "2025-03-05T13:00:00+07:00"), (hits[0].GetProperty("topic").GetString(), hits[0].GetProperty("duplicates").GetInt32(), hits[0].GetProperty("published").GetString()));
    }

    [Fact]
    public async Task ARelatedStoryCarriedByThreeOutletsIsListedOnceWithItsCopyCount()
    {
        using var json = await GetJson("/api/articles/d4/related?size=1");

        var hit = json.RootElement.GetProperty("hits").EnumerateArray().Single();
        Assert.Equal(("d3", 2), (hit.GetProperty("id").GetString(), hit.GetProperty("duplicates").GetInt32()));
    }

    [Fact]
    public async Task TopicAndDateParametersFilterTheList()
    {
        using var region = await GetJson("/api/articles/d1/related?topic=Daerah&topic=ekonomi");
        using var later = await GetJson("/api/articles/d1/related?after=2025-03-04");
        using var health = await GetJson("/api/articles/d1/related?topic=kesehatan");

        Assert.Equal(["d4", "r0"], Ids(region));
        Assert.Equal(["d4"], Ids(later));
        Assert.Empty(Ids(health));
    }

    [Fact]
    public async Task UnknownArticleIsAProblemNotFound()
    {
        var response = await client.GetAsync("/api/articles/tidak-ada/related");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("No article with id 'tidak-ada'.", json.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("size=0", "size")]
    [InlineData("size=51", "size")]
    [InlineData("size=lima", "size")]
    [InlineData("before=2025-13-01", "before")]
    [InlineData("after=03-03-2025", "after")]
    [InlineData("after=2025-03-04&before=2025-03-05", "before")]
    [InlineData("minTermFreq=0", "minTermFreq")]
    [InlineData("minDocFreq=-1", "minDocFreq")]
    [InlineData("maxQueryTerms=101", "maxQueryTerms")]
    public async Task InvalidParameterGetsAProblemNamingIt(string query, string parameter)
    {
        var response = await client.GetAsync("/api/articles/d1/related?" + query);

        await AssertProblemNaming(response, parameter);
    }

    [Fact]
    public async Task ADraftOfMoreThanTwentyThousandCharactersGetsItsCoverageAndTags()
    {
        var body = "Pelajar Lamo Hulu menyeberang sungai dengan perahu setelah jembatan gantung putus diterjang banjir. Gubernur Rina Halim berjanji.\n\n"
            + string.Concat(Enumerable.Repeat("Warga menunggu di tepian sungai setiap pagi sampai perahu merapat dengan selamat. ", 260));

        var response = await client.PostAsJsonAsync("/api/related", new { title = "Pelajar Lamo naik perahu", body, size = 3 });

        Assert.True(body.Length > 20_000);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(["Rina Halim"], root.GetProperty("persons").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("daerah", root.GetProperty("topic").GetString());
        Assert.Equal([("d3", 2), ("d4", 0), ("r0", 0)], root.GetProperty("hits").EnumerateArray().Select(h => (h.GetProperty("id").GetString(), h.GetProperty("duplicates").GetInt32())));
    }

    [Theory]
    [InlineData("""{"title":"Kosong","body":"   "}""", "body")]
    [InlineData("""{"title":"Tanpa isi"}""", "body")]
    [InlineData("""{"body":"Jembatan putus.","size":0}""", "size")]
    [InlineData("""{"body":"Jembatan putus.","size":51}""", "size")]
    public async Task InvalidDraftGetsAProblemNamingTheField(string draft, string field)
    {
        var response = await client.PostAsync("/api/related", new StringContent(draft, System.Text.Encoding.UTF8, "application/json"));

        await AssertProblemNaming(response, field);
    }

    [Fact]
    public async Task ADraftLongerThanTheLimitIsRefusedWithItsLength()
    {
        var response = await client.PostAsJsonAsync("/api/related", new { body = new string('a', 200_001) });

        await AssertProblemNaming(response, "body");
    }

    [Fact]
    public async Task MalformedJsonIsABadRequestProblem()
    {
        var response = await client.PostAsync("/api/related", new StringContent("{\"body\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheArticleListsItsNearDuplicateCopiesOldestFirst()
    {
        using var json = await GetJson("/api/articles/d2");

        var copies = json.RootElement.GetProperty("duplicates").EnumerateArray()
            .Select(d => (d.GetProperty("id").GetString(), d.GetProperty("source").GetString())).ToList();
        Assert.Equal([("d1", "kabarnusa.id"), ("d3", "suarakota.id")], copies);
    }

    [Fact]
    public async Task SearchHitsCollapseCopiesAndCountThem()
    {
        using var json = await GetJson("/api/search?q=jembatan");
        var root = json.RootElement;

        Assert.Equal(4, root.GetProperty("total").GetInt32());
        Assert.Equal([("d4", 0), ("d1", 2)], root.GetProperty("hits").EnumerateArray().Select(h => (h.GetProperty("id").GetString(), h.GetProperty("duplicates").GetInt32())));
    }

    private static IEnumerable<string?> Ids(JsonDocument json) =>
        json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();

    private static async Task AssertProblemNaming(HttpResponseMessage response, string parameter)
    {
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
