using System.Text.Json;

namespace Search.Evaluation.Corpus;

/// <summary>
/// Reads the shared news corpus (<c>corpus/news/**/*.jsonl</c>): one JSON object a line with
/// <c>id</c>, <c>title</c> (or <c>title_from_url</c> where the source has none) and <c>body</c>.
/// Files are read in ordinal path order so that document numbers are the same on every run.
/// </summary>
public static class NewsCorpus
{
    public static IReadOnlyList<CorpusArticle> Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Corpus folder not found: {Path.GetFullPath(folder)}");
        }

        var files = Directory.EnumerateFiles(folder, "*.jsonl", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();
        var articles = new List<CorpusArticle>(32_000);
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                if (!string.IsNullOrWhiteSpace(line))
                {
                    articles.Add(Parse(line));
                }
            }
        }

        return articles;
    }

    private static CorpusArticle Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var title = Text(root, "title") ?? Text(root, "title_from_url") ?? string.Empty;
        return new CorpusArticle(Text(root, "id") ?? string.Empty, title, Text(root, "body") ?? string.Empty);
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
