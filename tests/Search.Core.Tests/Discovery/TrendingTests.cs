using Search.Core.Discovery;

namespace Search.Core.Tests.Discovery;

public sealed class TrendingTests(DiscoveryIndex index) : IClassFixture<DiscoveryIndex>
{
    private static readonly DateOnly Monday = new(2025, 3, 3);
    private static readonly DateOnly Sunday = new(2025, 3, 9);

    [Fact]
    public void ThePersonWhoseCoverageSpikesTrendsFirst()
    {
        var trending = index.Trending.Find(new TrendingRequest { Dimension = "person", From = Monday, To = Sunday });

        Assert.Equal((new DateOnly(2025, 2, 24), new DateOnly(2025, 3, 2), 11, 5), (trending.BaselineFrom, trending.BaselineTo, trending.Total, trending.BaselineTotal));
        // fg = 5/11, bg = (1 + 1)/(5 + 1): (fg − bg) × fg / bg = 60/363. Rina Halim: 4/11 against 2/6 = 12/363.
        Assert.Equal(
            [new TrendingValue("Sari Wulandari", 5, 1, Math.Round(60 / 363.0, 6)), new TrendingValue("Rina Halim", 4, 1, Math.Round(12 / 363.0, 6))],
            trending.Values);
    }

    [Fact]
    public void TopicsTrendOnTheSameScore()
    {
        var trending = index.Trending.Find(new TrendingRequest { Dimension = "topic", From = Monday, To = Sunday });

        Assert.Equal([("kesehatan", 5, 1), ("daerah", 4, 1)], trending.Values.Select(v => (v.Value, v.Count, v.BaselineCount)));
    }

    [Fact]
    public void ValuesInFewerWindowArticlesThanTheMinimumAreNotListed()
    {
        var trending = index.Trending.Find(new TrendingRequest { Dimension = "person", From = Monday, To = Sunday, MinCount = 5 });

        Assert.Equal(["Sari Wulandari"], trending.Values.Select(v => v.Value));
    }

    [Fact]
    public void WithNoArticlesInTheBaselineNothingTrends()
    {
        var trending = index.Trending.Find(new TrendingRequest { Dimension = "topic", From = new DateOnly(2025, 2, 24), To = new DateOnly(2025, 2, 26) });

        Assert.Equal((2, 0), (trending.Total, trending.BaselineTotal));
        Assert.Empty(trending.Values);
    }

    [Fact]
    public void TheLatestDayIsTheJakartaDayOfTheNewestArticle()
    {
        Assert.Equal(new DateOnly(2025, 3, 9), index.Trending.LatestDay());
    }
}
