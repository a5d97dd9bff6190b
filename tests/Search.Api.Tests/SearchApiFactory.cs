using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Articles;
using Search.Core.Indexing;

namespace Search.Api.Tests;

/// <summary>
/// The real API host over a real index written to a temporary directory. With no articles, no index is
/// written, so the host starts without one.
/// </summary>
public sealed class SearchApiFactory : WebApplicationFactory<Program>
{
    public SearchApiFactory(IReadOnlyList<Article>? articles = null)
    {
        IndexPath = Path.Combine(Path.GetTempPath(), "search-api-test-" + Guid.NewGuid().ToString("N"));
        if (articles is { Count: > 0 })
        {
            using var writer = new ArticleIndexWriter(IndexPath, ArticleAnalyzer.Create(NullLoggerFactory.Instance), rebuild: true);
            foreach (var article in articles)
            {
                writer.Upsert(article);
            }
            writer.Commit();
        }
    }

    public string IndexPath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Search:IndexPath", IndexPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
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
