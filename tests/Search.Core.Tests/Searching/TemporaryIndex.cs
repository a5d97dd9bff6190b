using Lucene.Net.Analysis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

/// <summary>A real on-disk index in a temporary directory, deleted on dispose.</summary>
public sealed class TemporaryIndex : IDisposable
{
    public TemporaryIndex(IEnumerable<Article> articles)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "search-test-" + Guid.NewGuid().ToString("N"));
        Analyzer = TestAnalysis.CreateAnalyzer();
        Write(articles);
        Index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = Path }), NullLogger<SearchIndex>.Instance);
        Searcher = new ArticleSearcher(Index, Analyzer);
    }

    public string Path { get; }

    public Analyzer Analyzer { get; }

    public SearchIndex Index { get; }

    public ArticleSearcher Searcher { get; }

    public void Write(IEnumerable<Article> articles)
    {
        using var writer = new ArticleIndexWriter(Path, Analyzer, rebuild: false);
        foreach (var article in articles)
        {
            writer.Upsert(article);
        }
        writer.Commit();
    }

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(Path, recursive: true);
    }
}
