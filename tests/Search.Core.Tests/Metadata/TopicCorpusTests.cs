using System.Text.Json;
using Microsoft.Extensions.Options;
using Search.Core.Ingestion;
using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>The topic map against the shared corpus and the seed capture.</summary>
public sealed class TopicCorpusTests
{
    [MetadataSharedFact]
    public void TopicMapListsEveryLabelOfTheSharedCorpus()
    {
        var unlisted = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(MetadataSharedData.PathTo("corpus/news"), "*.jsonl", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                using var record = JsonDocument.Parse(line);
                var source = record.RootElement.GetProperty("source").GetString()!;
                var category = record.RootElement.GetProperty("category").GetString();
                var subcategory = record.RootElement.TryGetProperty("subcategory", out var sub) ? sub.GetString() : null;
                if (category is not null && !TopicClassifier.Default.IsMapped(source, category, subcategory))
                {
                    unlisted.Add($"{source} / {category} / {subcategory}");
                }
            }
        }

        Assert.Empty(unlisted);
    }

    [MetadataSharedFact]
    public void SeedArticleIsInternasional()
    {
        var lines = File.ReadAllLines(MetadataSharedData.PathTo("seed/medcom-2021-12-03-lavrov.txt"));
        var title = lines.Skip(1).First(l => l.Trim().Length > 0);
        var body = string.Join('\n', lines.SkipWhile(l => !l.StartsWith("Stockholm:", StringComparison.Ordinal)).TakeWhile(l => l.Trim() != "(FJR)"));

        var assignment = TopicClassifier.Default.Classify("medcom.id", null, null, title, body);

        Assert.Equal(("internasional", TopicBasis.Text), (assignment.Topic, assignment.Basis));
    }

    [MetadataSharedFact]
    public void ModelTrainedOnTheSharedCorpusPutsTheSeedArticleInInternasional()
    {
        var reader = new ArticleFileReader(Options.Create(new IngestionOptions()));
        var corpus = reader.Read([MetadataSharedData.PathTo("corpus/news")]).Select(r => r.Article).OfType<Articles.Article>();
        var training = TopicTraining.Train(corpus, TopicTrainingArticles.Stemmed, new TopicModelOptions());
        var seed = Assert.Single(reader.Read([MetadataSharedData.PathTo("seed/medcom-2021-12-03-lavrov.txt")])).Article!;

        var probabilities = training.Model!.Classify(seed.Title, seed.Body);
        var assignment = TopicClassifier.Default.WithModel(training.Model).Classify(seed with { Category = null, Subcategory = null });

        Assert.Equal(27_125, training.Labelled);
        Assert.Equal("internasional", probabilities.MaxBy(kv => kv.Value).Key);
        Assert.Equal(("internasional", TopicBasis.Model), (assignment.Topic, assignment.Basis));
    }
}
