using System.Text.Json;
using System.Text.Json.Serialization;

namespace Search.MetadataEval;

/// <summary>The fields of one shared-corpus news line (<c>corpus/news/*/*.jsonl</c>) the evaluation reads.</summary>
internal sealed record NewsRecord
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string Id { get; init; } = "";

    public string Dataset { get; init; } = "";

    public string Source { get; init; } = "";

    public string? Title { get; init; }

    [JsonPropertyName("title_from_url")]
    public string? TitleFromUrl { get; init; }

    public string Body { get; init; } = "";

    public string? Category { get; init; }

    public string? Subcategory { get; init; }

    /// <summary>Every record of every file under <paramref name="newsFolder"/>, files in name order.</summary>
    public static IEnumerable<NewsRecord> ReadAll(string newsFolder)
    {
        foreach (var file in Directory.GetFiles(newsFolder, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (!string.IsNullOrWhiteSpace(line))
                {
                    yield return JsonSerializer.Deserialize<NewsRecord>(line, Json)
                        ?? throw new InvalidDataException($"{file}: empty record");
                }
            }
        }
    }
}
