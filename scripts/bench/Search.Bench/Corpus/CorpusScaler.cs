using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Ingestion;

namespace Search.Bench.Corpus;

/// <summary>
/// Builds an N-article corpus from real articles, deterministically (same source and seed, same bytes).
/// The first pass keeps every source article whole; further articles recombine a real title and
/// opening paragraph with later paragraphs of other articles of the same section, so vocabulary and
/// length distributions stay those of the source. Dates are spread evenly over ten years (WIB), ids are
/// unique, and each article names up to two persons found in its own text (<see cref="NameBigrams"/>),
/// so the person facet and filter have data. Writes JSON Lines in the shared corpus schema.
/// </summary>
public static class CorpusScaler
{
    private static readonly DateTimeOffset FirstDay = new(2016, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
    private const int Days = 3653;

    public static long Write(IEnumerable<string> sourcePaths, int count, string outputPath, int seed = 7)
    {
        var articles = new ArticleFileReader(Options.Create(new IngestionOptions())).Read(sourcePaths)
            .Where(r => r.Article is not null)
            .Select(r => r.Article!)
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        if (articles.Count == 0)
        {
            throw new InvalidOperationException("No source articles read.");
        }
        var paragraphsBySection = articles
            .GroupBy(a => a.Category ?? a.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(a => Paragraphs(a.Body).Skip(1)).ToArray(), StringComparer.Ordinal);
        var random = new Random(seed);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        using (var stream = File.Create(outputPath))
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            for (var k = 0; k < count; k++)
            {
                var source = k < articles.Count ? articles[k] : articles[random.Next(articles.Count)];
                var body = k < articles.Count ? source.Body : Recombine(source, paragraphsBySection, random);
                var published = FirstDay.AddDays(random.Next(Days)).Add(source.Published.ToOffset(TimeSpan.FromHours(7)).TimeOfDay);
                Write(json, k, source, body, published, NameBigrams.Find(body, 2));
                json.Flush();
                stream.WriteByte((byte)'\n');
                json.Reset();
            }
        }
        return new FileInfo(outputPath).Length;
    }

    private static string Recombine(Article source, Dictionary<string, string[]> paragraphsBySection, Random random)
    {
        var own = Paragraphs(source.Body);
        var pool = paragraphsBySection[source.Category ?? source.Source];
        if (pool.Length == 0)
        {
            return source.Body;
        }
        var parts = new List<string>(own.Length) { own[0] };
        for (var i = 1; i < own.Length; i++)
        {
            parts.Add(pool[random.Next(pool.Length)]);
        }
        return string.Join("\n\n", parts);
    }

    private static string[] Paragraphs(string body) =>
        body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void Write(Utf8JsonWriter json, int k, Article source, string body, DateTimeOffset published, IReadOnlyList<string> persons)
    {
        json.WriteStartObject();
        json.WriteString("id", $"bench-{k:D7}");
        json.WriteString("dataset", "bench");
        json.WriteString("url", $"https://bench.example/{k}");
        json.WriteString("source", source.Source);
        json.WriteString("title", source.Title);
        json.WriteNull("author");
        json.WriteString("published", published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        json.WriteString("published_precision", "minute");
        if (source.Category is null)
        {
            json.WriteNull("category");
        }
        else
        {
            json.WriteString("category", source.Category);
        }
        json.WriteNull("subcategory");
        json.WriteString("body", body);
        json.WriteStartArray("tags");
        json.WriteEndArray();
        json.WriteStartArray("persons");
        foreach (var person in persons)
        {
            json.WriteStringValue(person);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
