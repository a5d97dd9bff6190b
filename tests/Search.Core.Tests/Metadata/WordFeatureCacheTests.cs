using Search.Core.Metadata;
using Search.Core.Metadata.Tagging;

namespace Search.Core.Tests.Metadata;

/// <summary>
/// The tagger's features of a word alone (hash, shape, affixes, clusters, how the archive writes it) come from a
/// cache the extracting threads share: a line must get the rows it gets from features that never met its words before.
/// </summary>
public sealed class WordFeatureCacheTests
{
    [Fact]
    public void WordMetBeforeInOtherCasesGetsTheRowsItGetsFresh()
    {
        var gazetteer = Gazetteer("Warga jakarta dan warga Jakarta menonton di JAKARTA hari ini.");
        var earlier = TextTokenizer.Tokenize("Kemarin jakarta, Jakarta dan JAKARTA banjir.");
        var line = TextTokenizer.Tokenize("Banjir JAKARTA Jakarta jakarta surut.");
        var warm = new TokenFeatures(MetadataLexicon.Default, gazetteer);
        warm.Extract(earlier, false, []);

        var (rows, offsets) = warm.Extract(line, false, []);
        var (freshRows, freshOffsets) = new TokenFeatures(MetadataLexicon.Default, gazetteer).Extract(line, false, []);

        Assert.Equal(freshOffsets, offsets);
        Assert.Equal(freshRows, rows);
        var jakarta = Enumerable.Range(1, 3).Select(i => rows[offsets[i]..offsets[i + 1]]).ToList();
        Assert.Equal(3, jakarta.Select(r => string.Join(',', r)).Distinct().Count());
    }

    [Fact]
    public void FeaturesOfAnotherGazetteerOnTheSameThreadGetTheRowsTheyGetOnAFreshThread()
    {
        var line = TextTokenizer.Tokenize("Kemarin Lavrov tiba.");
        var learned = Gazetteer("Menurut Lavrov, dan juga Lavrov, kata Sergei Lavrov.");
        int[] fresh = [];
        var thread = new Thread(() => fresh = new TokenFeatures(MetadataLexicon.Default, learned).Extract(line, false, []).Rows);
        thread.Start();
        thread.Join();
        var (emptyRows, _) = new TokenFeatures(MetadataLexicon.Default, PersonGazetteer.Empty).Extract(line, false, []);

        var (learnedRows, _) = new TokenFeatures(MetadataLexicon.Default, learned).Extract(line, false, []);

        Assert.Equal(fresh, learnedRows);
        Assert.NotEqual(emptyRows, learnedRows);
    }

    [Fact]
    public void FullCacheIsEmptiedBeforeTheNextNewWord()
    {
        var cache = new WordFeatureCache(PersonGazetteer.Empty, WordClusters.Empty, capacity: 100);
        for (var i = 0; cache.Count < 100; i++)
        {
            cache.For(new TextToken("Kata" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 0, true, false, false));
        }

        var known = cache.For(new TextToken("Kata1", 0, true, false, false));
        Assert.Equal(100, cache.Count);
        Assert.Same(known, cache.For(new TextToken("Kata1", 0, true, false, false)));

        var bandung = cache.For(new TextToken("Bandung", 0, true, false, false));

        Assert.Equal(1, cache.Count);
        Assert.Same(bandung, cache.For(new TextToken("Bandung", 0, true, false, false)));
        Assert.Equal(FeatureHash.Of("bandung"), bandung.Word);
        Assert.Equal(FeatureHash.Of("kata1"), known.Word);
        Assert.Equal(8, bandung.Affixes.Length);
    }

    [Fact]
    public void ThreadsExtractingTogetherGetTheRowsOneThreadGetsAlone()
    {
        var gazetteer = Gazetteer("Menurut Lavrov, dan juga Lavrov, kata Sergei Lavrov di Moskwa. Warga Jakarta menonton.");
        var lines = new[]
        {
            "Kemarin Sergei Lavrov tiba di Jakarta bersama Antony Blinken.",
            "Presiden Joko Widodo menerima Lavrov di Istana Merdeka, Jakarta.",
            "Warga Moskwa dan warga JAKARTA menonton siaran itu.",
        }.Select(TextTokenizer.Tokenize).ToList();
        var alone = lines.Select(line => new TokenFeatures(MetadataLexicon.Default, gazetteer).Extract(line, false, []).Rows).ToList();
        var shared = new TokenFeatures(MetadataLexicon.Default, gazetteer);

        var together = new int[200][];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => together[i] = shared.Extract(lines[i % 3], false, []).Rows);

        for (var i = 0; i < together.Length; i++)
        {
            Assert.Equal(alone[i % 3], together[i]);
        }
    }

    private static PersonGazetteer Gazetteer(string text)
    {
        var builder = new PersonGazetteerBuilder();
        builder.Observe(text);
        return builder.Build();
    }
}
