using Search.Core.Metadata;
using Search.Core.Metadata.Tagging;

namespace Search.Core.Tests.Metadata;

/// <summary>
/// Word clusters learned from text written here: given names always follow "kata" and precede
/// "kepada", towns always follow "warga" and precede "datang", so each group shares its neighbours.
/// </summary>
public sealed class WordClusterTests
{
    private static readonly string[] Names = ["Budi", "Andi", "Rina", "Sari"];

    private static readonly string[] Towns = ["Bogor", "Depok", "Bekasi", "Cianjur"];

    private static readonly Lazy<WordClusters> Learned = new(() =>
    {
        var builder = new WordClusterBuilder { MinOccurrences = 2, ContextWords = 20, FineClusters = 3, CoarseClusters = 2 };
        foreach (var text in Texts())
        {
            builder.Observe(text);
        }

        return builder.Build();
    });

    [Fact]
    public void WordsWrittenBetweenTheSameNeighboursShareAFineCluster()
    {
        var clusters = Learned.Value;

        Assert.Single(Names.Select(n => clusters.Of(n.ToLowerInvariant()).Fine).Distinct());
        Assert.Single(Towns.Select(t => clusters.Of(t.ToLowerInvariant()).Fine).Distinct());
        Assert.NotEqual(clusters.Of("budi").Fine, clusters.Of("bogor").Fine);
        Assert.NotEqual(0u, clusters.Of("budi").Fine);
    }

    [Fact]
    public void WordsSeenTooRarelyOrNeverHaveNoCluster()
    {
        var clusters = Learned.Value;

        Assert.Equal((0u, 0u), clusters.Of("jakarta"));
        Assert.Equal((0u, 0u), clusters.Of("sekali"));
        Assert.Equal((0u, 0u), WordClusters.Empty.Of("budi"));
    }

    [Fact]
    public void TaggerKeepsItsClustersThroughItsFile()
    {
        var sentences = Texts().Select(text => new AnnotatedSentence(text, Names.Where(n => text.Contains(n, StringComparison.Ordinal)).Select(n => new AnnotatedSpan(text.IndexOf(n, StringComparison.Ordinal), n.Length, "PERSON")).ToList())).ToList();
        var tagger = new EntityTaggerTrainer(PersonGazetteer.Empty) { Epochs = 4, Clusters = Learned.Value }.Train(sentences, "clustered");
        using var stream = new MemoryStream();
        tagger.WriteTo(stream);
        stream.Position = 0;

        var copy = EntityTagger.ReadFrom(stream);

        Assert.Equal(Learned.Value.Count, copy.Clusters.Count);
        Assert.Equal(Learned.Value.Of("rina"), copy.Clusters.Of("rina"));
        const string text = "Sore itu kata Andi kepada wartawan di Depok.";
        Assert.Equal(new EntityExtractor(PersonGazetteer.Empty, tagger).FindMentions(text), new EntityExtractor(PersonGazetteer.Empty, copy).FindMentions(text));
    }

    private static IEnumerable<string> Texts()
    {
        string[] days = ["Senin", "Selasa", "Rabu"];
        foreach (var day in days)
        {
            foreach (var name in Names)
            {
                yield return $"Pada hari {day} kata {name} kepada wartawan.";
            }

            foreach (var town in Towns)
            {
                yield return $"Pada hari {day} warga {town} datang ke pasar.";
            }
        }

        yield return "Sekali lagi warga Jakarta datang.";
    }
}
