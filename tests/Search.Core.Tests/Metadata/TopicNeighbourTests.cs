using Search.Core.Metadata;
using static Search.Core.Tests.Metadata.TopicTrainingArticles;

namespace Search.Core.Tests.Metadata;

/// <summary>The training articles a topic model keeps vote on the topic of a like article from the same site.</summary>
public sealed class TopicNeighbourTests
{
    private const string FloodTitle = "Banjir Rendam Kampung Nelayan";

    private const string FloodBody = "Banjir merendam kampung nelayan semalam. Ratusan warga mengungsi ke balai desa dan perahu karet dikerahkan.";

    private static readonly TopicModelOptions Options = SmallDataOptions with { SourceFeature = true, Neighbours = 1, NeighbourWeight = 4 };

    [Fact]
    public void TheNearestArticleOfTheSameSiteVotesForTheTopicThatSiteFiledItUnder()
    {
        var model = FloodModel(Options);
        var features = Features(Options);

        var votes = model.Neighbours!.Votes(model.Vectorize(TopicFeatureExtractor.WithoutSite(features.Extract(FloodTitle, FloodBody))), "@source:kota.example", model.Topics.Count);

        Assert.Equal(model.Topics.Select(t => t == "kesehatan" ? 1.0 : 0.0), votes);
        Assert.Equal("kesehatan", Best(model.Classify("kota.example", FloodTitle, FloodBody)));
        Assert.Equal("internasional", Best(model.Classify("dunia.example", FloodTitle, FloodBody)));
    }

    [Fact]
    public void ModelWithoutNeighboursKeepsNoArticles()
    {
        Assert.Null(FloodModel(Options with { Neighbours = 0 }).Neighbours);
    }

    [Fact]
    public void SavedModelReadsBackWithItsNeighbours()
    {
        var model = FloodModel(Options);

        var read = TopicModel.ReadFrom(new MemoryStream(Bytes(model)), Stemmed);

        Assert.Equal((1, 4f, 14), (read.Neighbours!.Count, read.Neighbours.Weight, read.Neighbours.Topic.Length));
        Assert.Equal(Sorted(model.Classify("kota.example", FloodTitle, FloodBody)), Sorted(read.Classify("kota.example", FloodTitle, FloodBody)));
        Assert.Equal(Bytes(model), Bytes(read));
    }

    [Fact]
    public void VersionThreeModelFilesReadWithoutNeighbours()
    {
        var model = FloodModel(Options with { Neighbours = 0 });
        var bytes = Bytes(model);
        var version3 = bytes[..^4];
        version3["search-topic-model ".Length + 1] = (byte)'3';

        var read = TopicModel.ReadFrom(new MemoryStream(version3), Stemmed);

        Assert.Null(read.Neighbours);
        Assert.Equal(Sorted(model.Classify("kota.example", FloodTitle, FloodBody)), Sorted(read.Classify("kota.example", FloodTitle, FloodBody)));
    }

    [Fact]
    public void NeighboursAddedToATrainedModelMakeTheModelTrainedWithThem()
    {
        var examples = FloodExamples(Options);

        var added = TopicModel.Train(examples, Features(Options), Options with { Neighbours = 0 }).WithNeighbours(examples, Options);

        Assert.Equal(Bytes(FloodModel(Options)), Bytes(added));
        Assert.Equal("kesehatan", Best(added.Classify("kota.example", FloodTitle, FloodBody)));
    }

    [Fact]
    public void NoNeighboursLeaveTheWeightsAlone()
    {
        var examples = FloodExamples(Options);

        var without = FloodModel(Options).WithNeighbours(examples, Options with { Neighbours = 0 });

        Assert.Null(without.Neighbours);
        Assert.Equal(Bytes(FloodModel(Options with { Neighbours = 0 })), Bytes(without));
    }

    private static TopicModel FloodModel(TopicModelOptions options) => TopicModel.Train(FloodExamples(options), Features(options), options);

    /// <summary>Our twelve articles from one site, and one flood story from each of two more sites, filed under different topics.</summary>
    private static List<TopicExample> FloodExamples(TopicModelOptions options)
    {
        var features = Features(options);
        return Labelled.Select(a => new TopicExample(features.Extract("umum.example", a.Title, a.Body), a.Topic))
            .Append(new TopicExample(features.Extract("kota.example", "Banjir Rendam Kampung", "Banjir merendam kampung nelayan. Warga mengungsi ke balai desa."), "kesehatan"))
            .Append(new TopicExample(features.Extract("dunia.example", "Banjir Rendam Kampung", "Banjir merendam kampung nelayan. Warga mengungsi ke balai desa."), "internasional"))
            .ToList();
    }

    private static string Best(IReadOnlyDictionary<string, double> probabilities) => probabilities.MaxBy(kv => kv.Value).Key;

    private static List<(string, double)> Sorted(IReadOnlyDictionary<string, double> probabilities) =>
        probabilities.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)).ToList();
}
