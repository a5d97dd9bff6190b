using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace Search.Api.Tests;

public sealed class AnalyzeEndpointTests : IDisposable
{
    private readonly SearchApiFactory factory = new(ApiArticles.All);

    [Fact]
    public async Task DraftIsTaggedWithPersonsOrganisationsPlacesAndTopic()
    {
        var draft = new
        {
            title = "Menlu Bertemu Mitra di Jenewa",
            body = "Jenewa: Menteri Luar Negeri Rina Halim bertemu Sekjen PBB di Jenewa, Swiss. " +
                   "\"Kami sepakat memperluas kerja sama,\" kata Rina Halim seusai pertemuan. " +
                   "Halim menambahkan bahwa Indonesia dan Swiss akan menggelar pertemuan lanjutan.",
        };

        var response = await factory.CreateClient().PostAsJsonAsync("/api/analyze", draft);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var persons = json.RootElement.GetProperty("persons").EnumerateArray().ToList();
        Assert.Equal("Rina Halim", persons[0].GetProperty("name").GetString());
        Assert.Equal(3, persons[0].GetProperty("mentions").GetInt32());
        Assert.Contains("Swiss", json.RootElement.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("internasional", json.RootElement.GetProperty("topic").GetString());
        Assert.True(json.RootElement.GetProperty("topicScores").TryGetProperty("internasional", out _));
    }

    [Fact]
    public async Task EmptyDraftIsAProblemNamingTheBody()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/analyze", new { title = "Judul", body = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("'body'", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{\"title\": \"Judul\", \"body\": ", "The request body is not valid JSON for this endpoint: Expected depth to be zero", "(line 1, byte 28).")]
    [InlineData("{\"title\": \"Judul\", \"body\": 55}", "The request body is not valid JSON for this endpoint: the value at $.body has the wrong JSON type (line 1, byte 30).", "(line 1, byte 30).")]
    public async Task UnreadableJsonIsAProblemSayingWhatAndWhereInEveryEnvironment(string body, string detailStart, string detailEnd)
    {
        using var production = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));

        var response = await production.CreateClient().PostAsync("/api/analyze", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString();
        Assert.StartsWith(detailStart, detail);
        Assert.Contains("$.body", detail);
        Assert.True(detail!.EndsWith(detailEnd, StringComparison.Ordinal), detail);
        Assert.DoesNotContain("Exception", detail);
    }

    public void Dispose() => factory.Dispose();
}
