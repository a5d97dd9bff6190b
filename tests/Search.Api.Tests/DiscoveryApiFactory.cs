using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Api.Tests;

/// <summary>
/// The real API host over an index written by the indexer's own run, so near-duplicates are grouped as
/// in production. Deleted on dispose.
/// </summary>
public sealed class DiscoveryApiFactory : WebApplicationFactory<Program>
{
    public DiscoveryApiFactory()
        : this(DiscoveryApiArticles.All)
    {
    }

    private DiscoveryApiFactory(IReadOnlyList<Article> articles)
    {
        IndexPath = Path.Combine(Path.GetTempPath(), "search-discovery-api-" + Guid.NewGuid().ToString("N"));
        using var writer = new ArticleIndexWriter(IndexPath, ArticleAnalyzer.Create(NullLoggerFactory.Instance), rebuild: true);
        new ArticleIndexer(writer).Run(articles.Select((a, i) => IngestedRecord.Accepted("fixture.jsonl", i + 1, a)), IndexPath);
    }

    public string IndexPath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Search:IndexPath", IndexPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Nine articles: every word is a query term, even in one article.
        builder.UseSetting("Related:MinTermFreq", "1");
        builder.UseSetting("Related:MinDocFreq", "1");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(IndexPath))
        {
            Directory.Delete(IndexPath, recursive: true);
        }
    }
}
