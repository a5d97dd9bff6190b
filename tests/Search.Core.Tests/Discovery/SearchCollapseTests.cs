using Search.Core.Searching;

namespace Search.Core.Tests.Discovery;

public sealed class SearchCollapseTests(DiscoveryIndex index) : IClassFixture<DiscoveryIndex>
{
    [Fact]
    public void SearchShowsOneHitPerNearDuplicateGroupWithItsCopyCount()
    {
        var result = index.Searcher.Search(new SearchRequest { Query = "jembatan" });

        Assert.Equal(5, result.Total);
        // The bridge story shows as d3, its copy that names the bridge once more than the others; it names the
        // bridge more often than the short budget story d5 (BM25 k1 2, b 0.5), so it ranks first.
        Assert.Equal([("d3", 2), ("d5", 0), ("d4", 0)], result.Hits.Select(h => (h.Id, h.Duplicates)));
    }

    [Fact]
    public void LaterPagesContinueTheCollapsedRanking()
    {
        var pages = Enumerable.Range(1, 4)
            .Select(page => index.Searcher.Search(new SearchRequest { Query = "jembatan", Size = 1, Page = page }))
            .Select(result => string.Join(",", result.Hits.Select(h => h.Id)));

        Assert.Equal(["d3", "d5", "d4", ""], pages);
    }

    [Theory]
    [InlineData(SearchSort.Relevance, "d3,d5,d4")]
    [InlineData(SearchSort.Newest, "d5,d4,d3")]
    [InlineData(SearchSort.Oldest, "d1,d4,d5")]
    public void CursorPagesShowEachGroupOnceAtItsFirstCopyInTheOrder(SearchSort sort, string expected)
    {
        var shown = new List<string>();
        SearchCursor? after = null;
        do
        {
            var page = index.Searcher.Search(new SearchRequest { Query = "jembatan", Size = 1, Sort = sort, After = after });
            shown.AddRange(page.Hits.Select(h => h.Id));
            after = page.Next;
        }
        while (after is not null && shown.Count < 10);

        Assert.Equal(expected, string.Join(",", shown));
    }

    [Fact]
    public void FacetsStillCountEveryCopy()
    {
        var result = index.Searcher.Search(new SearchRequest { Query = "jembatan" });

        Assert.Equal([("kabarnusa.id", 2), ("warta-harian.com", 2), ("suarakota.id", 1)], result.Facets["source"].Select(f => (f.Value, f.Count)));
    }
}
