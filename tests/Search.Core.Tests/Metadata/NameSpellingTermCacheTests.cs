using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>
/// The spelling model's terms per word are worked out once for every thread and kept for the counts they came
/// from: the odds read through the cache must be the odds a model that never cached gives, on any thread, and a
/// model taught more must not answer from terms of its older counts.
/// </summary>
public sealed class NameSpellingTermCacheTests
{
    private static readonly string[][] Persons = [["Sergei", "Lavrov"], ["Dmitry", "Peskov"], ["Sri", "Mulyani"], ["Lavrov"]];

    private static readonly string[][] Others = [["Gedung", "Sate"], ["Kota", "Bandung"], ["Universitas", "Indonesia"], ["Jakarta"]];

    private static readonly string[][] Names = [["Sergei", "Bandung"], ["Lavrov"], ["Kota", "Peskov", "Sate", "Sri", "Mulyani"], ["Éric"], ["Jakarta", "Lavrov"]];

    [Fact]
    public void OddsReadOnManyThreadsAreTheOddsOfAModelThatNeverCached()
    {
        var shared = Taught(60);
        var odds = new double[8][];
        var threads = Enumerable.Range(0, odds.Length).Select(t => new Thread(() =>
        {
            odds[t] = Enumerable.Range(0, 200).Select(i => shared.LogOdds(Names[(i + t) % Names.Length])).ToArray();
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        for (var t = 0; t < odds.Length; t++)
        {
            // A model taught the same and asked each name once has nothing cached it could answer from.
            var expected = Enumerable.Range(0, 200).Select(i => Taught(60).LogOdds(Names[(i + t) % Names.Length])).ToArray();
            Assert.Equal(expected, odds[t]);
        }

        Assert.Equal(Taught(60).LogOdds(["Lavrov"]), shared.LogOddsOfWord("Lavrov"));
    }

    [Fact]
    public void ModelTaughtMoreAfterAnsweringAnswersFromItsNewCounts()
    {
        var model = Taught(60);
        var before = model.LogOdds(["Jakarta", "Lavrov"]);
        var wordBefore = model.LogOddsOfWord("Lavrov");
        model.Add(true, ["Jakarta", "Lavrov"], weight: 40);

        Assert.Equal(Taught(60, extra: true).LogOdds(["Jakarta", "Lavrov"]), model.LogOdds(["Jakarta", "Lavrov"]));
        Assert.Equal(Taught(60, extra: true).LogOddsOfWord("Lavrov"), model.LogOddsOfWord("Lavrov"));
        Assert.True(model.LogOdds(["Jakarta", "Lavrov"]) > before, "forty more person examples raise the odds");
        Assert.NotEqual(wordBefore, model.LogOddsOfWord("Lavrov"));
    }

    [Fact]
    public void FullCacheIsEmptiedAndStillAnswersTheSameTerms()
    {
        var cache = new SpellingTermCache(version: 1);
        var made = 0;
        double Make(string word)
        {
            made++;
            return word.Length;
        }

        for (var i = 0; i < SpellingTermCache.Capacity; i++)
        {
            cache.WordTerms("w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Make);
        }

        Assert.Equal(3, cache.WordTerms("w10", Make));
        Assert.Equal(SpellingTermCache.Capacity, made);
        Assert.Equal(6, cache.WordTerms("Lavrov", Make));
        Assert.Equal(3, cache.WordTerms("w10", Make));
        Assert.Equal(SpellingTermCache.Capacity + 2, made);
    }

    private static NameSpellingModel Taught(int examples, bool extra = false)
    {
        var model = new NameSpellingModel();
        for (var i = 0; i < examples; i++)
        {
            model.Add(true, Persons[i % Persons.Length]);
            model.Add(false, Others[i % Others.Length]);
        }

        if (extra)
        {
            model.Add(true, ["Jakarta", "Lavrov"], weight: 40);
        }

        return model;
    }
}
