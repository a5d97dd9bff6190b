using Lucene.Net.Search;
using Search.Core.Discovery;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Discovery;

public sealed class NearDuplicateGroupingTests
{
    [Fact]
    public void IndexingGroupsTheSyndicatedCopiesAndNothingElse()
    {
        using var index = new DiscoveryIndex();

        var grouped = DiscoveryFixtures.All
            .Where(a => index.Duplicates.Of(a.Id)!.Count > 0)
            .Select(a => (a.Id, Copies: string.Join(",", index.Duplicates.Of(a.Id)!.Select(d => d.Id))));
        Assert.Equal([("d1", "d2,d3"), ("d2", "d1,d3"), ("d3", "d1,d2")], grouped);
    }

    [Fact]
    public void TheIndexingSummaryCountsGroupsAndGroupedArticles()
    {
        using var index = DiscoveryIndex.Of([]);

        var summary = index.Write(DiscoveryFixtures.All);

        Assert.Equal(new DuplicateGrouping(1, 3, 3, summary.Duplicates!.Elapsed), summary.Duplicates);
    }

    [Fact]
    public void IndexingTheSameArticlesAgainKeepsTheGroupAndItsKey()
    {
        using var index = new DiscoveryIndex();
        var key = GroupKeyOf(index, "d2");

        var again = index.Write(DiscoveryFixtures.All);

        // Upserted documents start without a group, so the three copies get their (unchanged) key written again.
        Assert.Equal((1, 3, 3), (again.Duplicates!.Groups, again.Duplicates.GroupedArticles, again.Duplicates.Changed));
        Assert.Equal(DuplicateGroups.KeyOf("d1"), key);
        Assert.Equal([key, key, key], DiscoveryFixtures.BridgeCopies.Select(id => GroupKeyOf(index, id)));
    }

    [Fact]
    public void AnIndexingRunThatTouchesNoCopyWritesNoGroupValue()
    {
        using var index = new DiscoveryIndex();

        var summary = index.Write([DiscoveryFixtures.All.Single(a => a.Id == "b2")]);

        Assert.Equal((1, 3, 0), (summary.Duplicates!.Groups, summary.Duplicates.GroupedArticles, summary.Duplicates.Changed));
    }

    [Fact]
    public void CopiesIndexedInDifferentRunsJoinOneGroup()
    {
        var articles = DiscoveryFixtures.All.ToDictionary(a => a.Id);
        using var index = DiscoveryIndex.Of([articles["d1"], articles["s1"]]);

        index.Write([articles["d2"]]);

        Assert.Equal(["d2"], index.Duplicates.Of("d1")!.Select(d => d.Id));
        Assert.Empty(index.Duplicates.Of("s1")!);
    }

    [Fact]
    public void ACopyRewrittenByAnUpdateLeavesItsGroup()
    {
        using var index = new DiscoveryIndex();
        var rewritten = DiscoveryFixtures.All.Single(a => a.Id == "d3") with
        {
            Body = "Suarakota menulis ulang laporan ini: para nelayan di pesisir Lamo kembali melaut setelah cuaca membaik, harga ikan " +
                "di pasar turun dan pedagang berharap pembeli kembali ramai menjelang akhir pekan ketika festival perahu digelar di muara sungai.",
        };

        var summary = index.Write([rewritten]);

        Assert.Empty(index.Duplicates.Of("d3")!);
        Assert.Equal(["d2"], index.Duplicates.Of("d1")!.Select(d => d.Id));
        Assert.Equal((1, 2), (summary.Duplicates!.Groups, summary.Duplicates.GroupedArticles));
    }

    [Fact]
    public void AStricterThresholdKeepsOnlyTheClosestCopies()
    {
        // Estimated similarities: d1–d2 0.72, d1–d3 0.70, d2–d3 0.60.
        using var index = DiscoveryIndex.Of([]);
        using (var writer = new ArticleIndexWriter(index.Path, index.Analyzer, rebuild: false))
        {
            var records = DiscoveryFixtures.All.Select((a, i) => IngestedRecord.Accepted("fixture.jsonl", i + 1, a));
            new ArticleIndexer(writer, ArticleIndexer.DefaultCommitEvery, new DuplicateOptions { Threshold = 0.71 }).Run(records, index.Path);
        }
        index.Index.Refresh();

        Assert.Equal(["d2"], index.Duplicates.Of("d1")!.Select(d => d.Id));
        Assert.Empty(index.Duplicates.Of("d3")!);
    }

    [Fact]
    public void UnknownArticleHasNoDuplicateList()
    {
        using var index = new DiscoveryIndex();

        Assert.Null(index.Duplicates.Of("tidak-ada"));
    }

    private static long GroupKeyOf(DiscoveryIndex index, string id) => index.Index.Use(searcher =>
    {
        var doc = searcher.Search(new TermQuery(ArticleDocumentMapper.IdTerm(id)), 1).ScoreDocs[0].Doc;
        return DuplicateGroups.Of(searcher.IndexReader).GroupOf(doc);
    });
}
