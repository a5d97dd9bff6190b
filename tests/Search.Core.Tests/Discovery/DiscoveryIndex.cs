using Lucene.Net.Analysis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Discovery;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Searching;
using Search.Core.Tests.Ingestion;
using Search.Core.Tests.Searching;

namespace Search.Core.Tests.Discovery;

/// <summary>
/// A real index in a temporary directory, written by the indexer's own run (so near-duplicates are
/// grouped as in production), with the discovery services over it. Deleted on dispose.
/// </summary>
public sealed class DiscoveryIndex : IDisposable
{
    /// <summary>The fixture newsroom (<see cref="DiscoveryFixtures.All"/>); also the class fixture of most discovery tests.</summary>
    public DiscoveryIndex()
        : this(DiscoveryFixtures.All, null)
    {
    }

    private DiscoveryIndex(IEnumerable<Article> articles, RelatedOptions? options)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "search-discovery-" + Guid.NewGuid().ToString("N"));
        Analyzer = TestAnalysis.CreateAnalyzer();
        Write(articles);
        Index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = Path }), NullLogger<SearchIndex>.Instance);
        Related = new RelatedArticleFinder(Index, Analyzer, Options.Create(options ?? new RelatedOptions()), new FixedTimeProvider(Now));
        Searcher = new ArticleSearcher(Index, Analyzer);
    }

    /// <summary>An index of other articles (none: an empty index, written on first <see cref="Write"/>).</summary>
    public static DiscoveryIndex Of(IEnumerable<Article> articles, RelatedOptions? options = null) => new(articles, options);

    /// <summary>MoreLikeThis settings for a corpus of sixteen articles: every word counts, even if it occurs once.</summary>
    public static RelatedRequest SmallCorpus { get; } = new() { MinTermFreq = 1, MinDocFreq = 1 };

    /// <summary>"Now" for drafts: the Monday after the fixture fortnight.</summary>
    public static DateTimeOffset Now { get; } = new(2025, 3, 10, 9, 0, 0, TimeSpan.FromHours(7));

    public string Path { get; }

    public Analyzer Analyzer { get; }

    public SearchIndex Index { get; }

    public RelatedArticleFinder Related { get; }

    public ArticleSearcher Searcher { get; }

    public DuplicateFinder Duplicates => new(Index);

    public TimelineBuilder Timelines => new(Index, Analyzer);

    public TrendingFinder Trending => new(Index);

    /// <summary>Upserts articles in one indexing run (grouping near-duplicates at its end) and refreshes the searcher.</summary>
    public IndexingSummary Write(IEnumerable<Article> articles)
    {
        IndexingSummary summary;
        using (var writer = new ArticleIndexWriter(Path, Analyzer, rebuild: false))
        {
            var records = articles.Select((a, i) => IngestedRecord.Accepted("fixture.jsonl", i + 1, a));
            summary = new ArticleIndexer(writer).Run(records, Path);
        }
        Index?.Refresh();
        return summary;
    }

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(Path, recursive: true);
    }
}
