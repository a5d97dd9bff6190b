using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

public sealed class TopCountsTests
{
    [Fact]
    public void TheTopValuesAreThoseOfSortingEveryCountMostFirstThenByValue()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var counts = Enumerable.Range(0, random.Next(0, 300))
                .ToDictionary(i => $"v{random.Next(100_000)}-{i}", _ => random.Next(1, 6)); // few distinct counts: many ties
            var size = random.Next(0, 40);
            var expected = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(size).Select(c => new FacetCount(c.Key, c.Value)).ToList();

            Assert.Equal(expected, TopCounts.Of(counts, size));
        }
    }

    [Fact]
    public void EqualCountsGoInValueOrder()
    {
        var counts = new Dictionary<string, int> { ["Budi"] = 2, ["Andi"] = 2, ["Citra"] = 5, ["Dewi"] = 1 };

        Assert.Equal([new FacetCount("Citra", 5), new FacetCount("Andi", 2), new FacetCount("Budi", 2)], TopCounts.Of(counts, 3));
    }
}
