using Search.Core.Metadata;
using static Search.Core.Tests.Metadata.TopicTrainingArticles;

namespace Search.Core.Tests.Metadata;

/// <summary>The words of an article's lead paragraph weigh more in the topic model, and older model files read without it.</summary>
public sealed class TopicLeadWeightTests
{
    [Fact]
    public void TermsOfTheLeadParagraphCountLeadWeightMoreThanLaterBodyTerms()
    {
        var features = new TopicFeatureExtractor(Stemmed, titleWeight: 1, bigrams: true, leadWeight: 2);

        var read = features.Extract("Gol", "Gol telat.\n\nKiper telat.");

        Assert.Equal(
            [("gol", 4f), ("gol telat", 3f), ("kiper", 1f), ("kiper telat", 1f), ("telat", 4f), ("telat kiper", 1f)],
            read.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)));
        Assert.Equal("Gol telat.", TopicFeatureExtractor.Lead("Gol telat.\n\nKiper telat."));
        Assert.Equal("Satu paragraf saja.", TopicFeatureExtractor.Lead("Satu paragraf saja."));
    }

    [Fact]
    public void VersionTwoModelFilesReadWithoutALeadWeight()
    {
        var bytes = Bytes(Train(SmallDataOptions with { LeadWeight = 2 }));
        var leadWeightAt = 1 + "search-topic-model 3".Length + 4 + 4 + 1 + 1 + 1;
        var version2 = bytes[..leadWeightAt].Concat(bytes[(leadWeightAt + 4)..]).ToArray();
        version2["search-topic-model ".Length + 1] = (byte)'2';

        var read = TopicModel.ReadFrom(new MemoryStream(version2), Stemmed);

        Assert.Equal((0f, Train(SmallDataOptions).VocabularySize), (read.Features.LeadWeight, read.VocabularySize));
    }
}
