using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Indexing;

namespace Search.Api.Tests;

public sealed class SingleWriterTests
{
    [Fact]
    public async Task WhileTheApiHoldsTheIndexAnotherWriterGetsAClearError()
    {
        using var factory = new HardenedApiFactory(ApiArticles.All);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/live")).StatusCode);

        var error = Assert.Throws<IndexLockedException>(() =>
            new ArticleIndexWriter(factory.IndexPath, ArticleAnalyzer.Create(NullLoggerFactory.Instance), rebuild: false));

        Assert.Contains("locked by another writer", error.Message);
        Assert.Contains("POST /api/admin/articles", error.Message);
    }

    [Fact]
    public async Task WhileAnIndexerHoldsTheIndexWritesAre503AndResumeWhenItIsDone()
    {
        using var factory = new HardenedApiFactory(ApiArticles.All);
        var indexer = new ArticleIndexWriter(factory.IndexPath, ArticleAnalyzer.Create(NullLoggerFactory.Instance), rebuild: false);
        HttpResponseMessage refused;
        var admin = factory.CreateClient(HardenedApiFactory.AdminKey);
        try
        {
            Assert.Equal(3, (await AdminIngestionTests.SearchIds(admin, "")).Count);
            refused = await admin.PostAsync("/api/admin/articles", AdminIngestionTests.Ndjson(AdminIngestionTests.Line("late", "Berita susulan tentang waduk")));
        }
        finally
        {
            indexer.Dispose();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("5", refused.Headers.RetryAfter!.ToString());
        Assert.Contains("write lock", await refused.Content.ReadAsStringAsync());
        var accepted = await admin.PostAsync("/api/admin/articles", AdminIngestionTests.Ndjson(AdminIngestionTests.Line("late", "Berita susulan tentang waduk")));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(["late"], await AdminIngestionTests.SearchIds(admin, "waduk"));
    }
}
