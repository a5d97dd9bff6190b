using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

public sealed class DateRangeTests : IDisposable
{
    private readonly TemporaryIndex index = new(Fixtures.Newsroom());

    [Fact]
    public void ToDateIncludesTheLastMinuteOfTheJakartaDay()
    {
        var result = index.Searcher.Search(new SearchRequest { From = new DateOnly(2025, 3, 31), To = new DateOnly(2025, 3, 31) });

        Assert.Equal(["a5"], result.Hits.Select(h => h.Id));
    }

    [Fact]
    public void FromDateIncludesJakartaMidnight()
    {
        var result = index.Searcher.Search(new SearchRequest { From = new DateOnly(2025, 4, 1) });

        Assert.Equal(["a6"], result.Hits.Select(h => h.Id));
    }

    [Fact]
    public void AnInstantGivenInAnotherOffsetFallsOnItsJakartaDay()
    {
        using var other = new TemporaryIndex(
        [
            // 2024-06-30 23:30 in UTC is 2024-07-01 06:30 in Jakarta.
            Fixtures.Article("utc", "Rapat malam", "Rapat berlangsung hingga larut.", "2024-06-30T23:30:00+00:00", "politik"),
        ]);

        Assert.Equal(0, other.Searcher.Search(new SearchRequest { To = new DateOnly(2024, 6, 30) }).Total);
        Assert.Equal(1, other.Searcher.Search(new SearchRequest { From = new DateOnly(2024, 7, 1), To = new DateOnly(2024, 7, 1) }).Total);
        Assert.Equal([new("2024-07", 1)], other.Searcher.Search(new SearchRequest()).Facets["month"]);
    }

    [Fact]
    public void MonthAndYearCountsIgnoreTheDateRangeSoTheChartStaysWhole()
    {
        var result = index.Searcher.Search(new SearchRequest { From = new DateOnly(2025, 1, 1) });

        Assert.Equal(3, result.Total);
        Assert.Equal([new("2024", 3), new("2025", 3)], result.Facets["year"]);
        Assert.Equal([new("ekonomi", 2), new("olahraga", 1)], result.Facets["topic"]);
    }

    [Fact]
    public void NewestAndOldestSortByPublicationTime()
    {
        Assert.Equal(["a6", "a5", "a4", "a3", "a2", "a1"], index.Searcher.Search(new SearchRequest { Sort = SearchSort.Newest }).Hits.Select(h => h.Id));
        Assert.Equal(["a1", "a2"], index.Searcher.Search(new SearchRequest { Sort = SearchSort.Oldest, Size = 2 }).Hits.Select(h => h.Id));
        Assert.Equal(["a3", "a4"], index.Searcher.Search(new SearchRequest { Sort = SearchSort.Oldest, Size = 2, Page = 2 }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void APagePastTheLastHitStillReportsTheTotal()
    {
        var result = index.Searcher.Search(new SearchRequest { Sort = SearchSort.Newest, Size = 5, Page = 3 });

        Assert.Empty(result.Hits);
        Assert.Equal(6, result.Total);
    }

    public void Dispose() => index.Dispose();
}
