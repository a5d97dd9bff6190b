using System.Text.Json;
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
}
