using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Discovery;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Searching;

namespace Search.Core.Tests.Discovery;

/// <summary>Near-duplicate groups follow articles written and deleted through live ingestion, in the same commit.</summary>
public sealed class LiveRegroupingTests
{
    private static readonly Dictionary<string, Article> Articles = DiscoveryFixtures.All.ToDictionary(a => a.Id);

    [Fact]
    public void ACopyIngestedLiveJoinsItsOriginalsGroup()
    {
        using var live = new LiveIndex([Articles["d1"], Articles["s1"]]);

        live.Ingestion.Upsert([Record(Articles["d2"])]);

        Assert.Equal(["d2"], live.CopiesOf("d1"));
        Assert.Empty(live.CopiesOf("s1"));
    }

    [Fact]
    public void ACopyRewrittenLiveLeavesItsGroupAndTheRestStays()
    {
        using var live = new LiveIndex(DiscoveryFixtures.All);
        var rewritten = Articles["d3"] with { Body = Articles["s1"].Body + " " + Articles["b1"].Body + " " + Articles["x2"].Body };

        live.Ingestion.Upsert([Record(rewritten)]);

        Assert.Empty(live.CopiesOf("d3"));
        Assert.Equal(["d2"], live.CopiesOf("d1"));
    }

    [Fact]
    public void DeletingTheArticleThatLinkedTwoCopiesSplitsTheGroup()
    {
        // At 0.65, d1 links d2 (0.72) and d3 (0.70), but d2 and d3 (0.60) are not copies of each other.
        using var live = new LiveIndex(DiscoveryFixtures.All, threshold: 0.65);
        Assert.Equal(["d2", "d3"], live.CopiesOf("d1"));

        live.Ingestion.Delete("d1");

        Assert.Empty(live.CopiesOf("d2"));
        Assert.Empty(live.CopiesOf("d3"));
    }

    [Fact]
    public void LiveGroupsEqualWhatAFullRegroupingGives()
    {
        using var live = new LiveIndex([Articles["d1"], Articles["s1"], Articles["d4"]]);

        live.Ingestion.Upsert([Record(Articles["d3"]), Record(Articles["d2"]), Record(Articles["s2"])]);
        var incremental = DiscoveryFixtures.BridgeCopies.Select(id => string.Join(",", live.CopiesOf(id))).ToList();
        var full = live.Index.Write((writer, _) => NearDuplicateGrouper.Regroup(writer, new DuplicateOptions()));

        Assert.Equal(["d2,d3", "d1,d3", "d1,d2"], incremental);
        Assert.Equal((1, 3, 0), (full.Groups, full.GroupedArticles, full.Changed));
    }

    private static IngestedRecord Record(Article article) => IngestedRecord.Accepted("live.jsonl", 1, article);

    /// <summary>A fixture index written by the indexer, then held writable by a service's <see cref="SearchIndex"/>.</summary>
    private sealed class LiveIndex : IDisposable
    {
        private readonly DiscoveryIndex written;

        public LiveIndex(IEnumerable<Article> articles, double threshold = 0.5)
        {
            written = DiscoveryIndex.Of(articles);
            Index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = written.Path }), NullLogger<SearchIndex>.Instance, written.Analyzer);
            Ingestion = new LiveIngestion(Index, duplicates: Options.Create(new DuplicateOptions { Threshold = threshold }));
        }

        public SearchIndex Index { get; }

        public LiveIngestion Ingestion { get; }

        public IReadOnlyList<string> CopiesOf(string id) => new DuplicateFinder(Index).Of(id)!.Select(a => a.Id).ToList();

        public void Dispose()
        {
            Index.Dispose();
            written.Dispose();
        }
    }
}
