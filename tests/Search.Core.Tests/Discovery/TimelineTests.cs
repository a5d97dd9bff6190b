using Search.Core.Discovery;

namespace Search.Core.Tests.Discovery;

public sealed class TimelineTests(DiscoveryIndex index) : IClassFixture<DiscoveryIndex>
{
    [Fact]
    public void APersonsTimelineCountsTheirArticlesPerIsoWeek()
    {
        var timeline = index.Timelines.Build(new TimelineRequest
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["sari wulandari"] },
            Interval = TimelineInterval.Week,
        });

        Assert.Equal(6, timeline.Total);
        Assert.Equal(
            [("2025-W09", new DateOnly(2025, 2, 24), 1, "s0"), ("2025-W10", new DateOnly(2025, 3, 3), 5, "s1")],
            timeline.Buckets.Select(b => (b.Key, b.Start, b.Count, b.Top?.Id)));
    }

    [Fact]
    public void DaysWithoutMatchesBetweenTheFirstAndLastAreListedEmpty()
    {
        var timeline = index.Timelines.Build(new TimelineRequest { Query = "jembatan", Interval = TimelineInterval.Day });

        Assert.Equal(
            [("2025-03-03", 2, "d1"), ("2025-03-04", 1, "d3"), ("2025-03-05", 1, "d4"), ("2025-03-06", 0, null), ("2025-03-07", 0, null), ("2025-03-08", 1, "d5")],
            timeline.Buckets.Select(b => (b.Key, b.Count, b.Top?.Id)));
    }

    [Fact]
    public void WhenScoresTieTheTopArticleIsTheOneWithMostCopiesThenTheEarliest()
    {
        var timeline = index.Timelines.Build(new TimelineRequest { Interval = TimelineInterval.Month });

        Assert.Equal([("2025-02", 4, "x1"), ("2025-03", 12, "d1")], timeline.Buckets.Select(b => (b.Key, b.Count, b.Top?.Id)));
    }

    [Fact]
    public void FiltersAndDatesNarrowTheTimeline()
    {
        var timeline = index.Timelines.Build(new TimelineRequest
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["topic"] = ["Kesehatan"] },
            From = new DateOnly(2025, 3, 4),
            To = new DateOnly(2025, 3, 7),
            Interval = TimelineInterval.Day,
        });

        Assert.Equal([("2025-03-04", 1), ("2025-03-05", 1), ("2025-03-06", 0), ("2025-03-07", 1)], timeline.Buckets.Select(b => (b.Key, b.Count)));
    }

    [Fact]
    public void BucketsFollowTheJakartaCalendarNotUtc()
    {
        using var late = DiscoveryIndex.Of(
        [
            DiscoveryFixtures.Make("m1", "kabarnusa.id", "2025-03-31T20:00:00+00:00", "Daerah", [], "Malam pergantian bulan", "Pasar malam dibuka."),
            DiscoveryFixtures.Make("m2", "kabarnusa.id", "2025-03-31T16:59:00+00:00", "Daerah", [], "Sore akhir bulan", "Pasar sore ditutup."),
        ]);

        var timeline = late.Timelines.Build(new TimelineRequest { Interval = TimelineInterval.Month });

        Assert.Equal([("2025-03", 1, "m2"), ("2025-04", 1, "m1")], timeline.Buckets.Select(b => (b.Key, b.Count, b.Top?.Id)));
    }

    [Fact]
    public void NoMatchesGiveAnEmptyTimeline()
    {
        var timeline = index.Timelines.Build(new TimelineRequest { Query = "gempa", Interval = TimelineInterval.Day });

        Assert.Equal(0, timeline.Total);
        Assert.Empty(timeline.Buckets);
    }
}
