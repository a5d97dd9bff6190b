using System.Net;
using System.Text;
using System.Text.Json;

namespace Search.Api.Tests;

public sealed class LiveDuplicateTests : IDisposable
{
    private readonly HardenedApiFactory factory = new(DiscoveryApiArticles.All.Where(a => a.Id != "d2").ToList());

    [Fact]
    public async Task ACopyPostedLiveIsGroupedWithItsOriginalsAtOnceAndLeavesWhenDeleted()
    {
        var admin = factory.CreateClient(HardenedApiFactory.AdminKey);
        var copy = DiscoveryApiArticles.All.Single(a => a.Id == "d2");
        var line = JsonSerializer.Serialize(new
        {
            id = copy.Id,
            url = copy.Url,
            source = copy.Source,
            title = copy.Title,
            published = copy.Published,
            category = copy.Category,
            body = copy.Body,
        });

        var posted = await admin.PostAsync("/api/admin/articles", new StringContent(line + "\n", Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(["d1", "d3"], await CopiesOf(admin, "d2"));
        Assert.Equal(["d2", "d3"], await CopiesOf(admin, "d1"));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/admin/articles/d2")).StatusCode);
        Assert.Equal(["d3"], await CopiesOf(admin, "d1"));
    }

    public void Dispose() => factory.Dispose();

    private static async Task<List<string?>> CopiesOf(HttpClient client, string id)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{id}"));
        return json.RootElement.GetProperty("duplicates").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
    }
}
