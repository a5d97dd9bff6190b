using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>The learning pass's cache of the spelling features of place and organisation names.</summary>
public sealed class NameSpellingFeatureCacheTests
{
    [Fact]
    public void NameMetAgainGetsTheFeaturesItGotTheFirstTime()
    {
        var cache = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        var first = NameSpellingModel.FeaturesOf(["Gedung", "Sate"], cache);
        var again = NameSpellingModel.FeaturesOf(["Gedung", "Sate"], cache);
        var other = NameSpellingModel.FeaturesOf(["Gedung", "Putih"], cache);

        Assert.Equal(NameSpellingModel.FeaturesOf(new[] { "Gedung", "Sate" }.AsEnumerable()), first);
        Assert.Same(first, again);
        Assert.Equal(NameSpellingModel.FeaturesOf(new[] { "Gedung", "Putih" }.AsEnumerable()), other);
        Assert.Equal(["w:gedung", "^g", "ge", "ed", "du", "un", "ng", "g$"], first.Take(8));
        Assert.Equal("n:2", first[^1]);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void FullCacheIsEmptiedBeforeTheNextNewName()
    {
        var cache = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < 4096; i++)
        {
            NameSpellingModel.FeaturesOf(["Kota", "K" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)], cache);
        }

        NameSpellingModel.FeaturesOf(["Kota", "K1"], cache);
        Assert.Equal(4096, cache.Count);

        var features = NameSpellingModel.FeaturesOf(["Bandung"], cache);

        Assert.Equal("bandung", Assert.Single(cache).Key.ToLowerInvariant());
        Assert.Equal(NameSpellingModel.FeaturesOf(new[] { "Bandung" }.AsEnumerable()), features);
    }

    [Fact]
    public void NameAddedOnceWeighingItsMentionsCountsAsItsMentionsAddedOneByOne()
    {
        var sate = NameSpellingModel.FeaturesOf(["Gedung", "Sate"], new Dictionary<string, List<string>>(StringComparer.Ordinal));
        var putih = NameSpellingModel.FeaturesOf(["Gedung", "Putih"], new Dictionary<string, List<string>>(StringComparer.Ordinal));
        var oneByOne = new NameSpellingModel();
        foreach (var features in new[] { sate, putih, sate, sate })
        {
            oneByOne.AddFeatures(false, features);
        }

        var weighed = new NameSpellingModel();
        weighed.AddFeatures(false, sate, 3);
        weighed.AddFeatures(false, putih, 1);

        Assert.Equal(oneByOne.Entries(), weighed.Entries());
        Assert.Equal((4, 0), (weighed.Others, weighed.Persons));
        Assert.Contains(("te", 0, 3), weighed.Entries());
        Assert.Contains(("w:gedung", 0, 4), weighed.Entries());
    }
}
