using System.Net;
using System.Text.Json;

namespace Search.Api.Tests;

public sealed class ApiDocumentationTests : IDisposable
{
    private readonly SearchApiFactory factory = new(ApiArticles.All);

    [Fact]
    public async Task OpenApiDocumentDescribesTheSearchAndArticleEndpoints()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/search", out var search));
        Assert.Equal("SearchArticles", search.GetProperty("get").GetProperty("operationId").GetString());
        Assert.True(paths.TryGetProperty("/api/articles/{id}", out _));
    }

    [Fact]
    public async Task ReferenceUiIsServedAtDocs()
    {
        var response = await factory.CreateClient().GetAsync("/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => factory.Dispose();
}
