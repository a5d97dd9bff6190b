using System.Net;
using System.Text.Json;

namespace Search.Api.Tests;

public sealed class MissingIndexTests : IDisposable
{
    private readonly SearchApiFactory factory = new();

    [Fact]
    public async Task ServiceStartsWithoutAnIndexAndSaysItIsNotReady()
    {
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.StartsWith("No index at ", json.RootElement.GetProperty("checks").GetProperty("index").GetProperty("description").GetString());
    }

    [Fact]
    public async Task SearchWithoutAnIndexIsAServiceUnavailableProblem()
    {
        var response = await factory.CreateClient().GetAsync("/api/search?q=apa");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("run the indexer first", body);
        Assert.DoesNotContain("   at ", body);
    }

    public void Dispose() => factory.Dispose();
}
