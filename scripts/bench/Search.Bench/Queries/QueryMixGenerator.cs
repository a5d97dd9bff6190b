using System.Globalization;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Searching;

namespace Search.Bench.Queries;

/// <summary>
/// A fixed, deterministic mix of searches drawn from the corpus itself: one word, three words, a phrase,
/// a word within a topic, a week newest first, two OR-ed words on page 2, a word for a person (or
/// source), a month of everything oldest first, and a word on page 10. Words come from real titles.
/// </summary>
public static class QueryMixGenerator
{
    public static readonly string[] Kinds =
    [
        "one word", "three words", "phrase", "word + topic", "week, newest", "two words OR, page 2",
        "word + person/source", "month browse, oldest", "one word, page 10",
    ];

    public static IReadOnlyList<BenchQuery> From(string corpusPath, int count, int seed = 42)
    {
        // Every article is a candidate, but only a deterministic sample is kept in memory.
        var sample = new List<(string Title, string? Topic, string Source, string? Person, DateOnly Day)>();
        var stride = 1;
        var reader = new ArticleFileReader(Options.Create(new IngestionOptions()));
        var n = 0;
        foreach (var record in reader.Read([corpusPath]))
        {
            if (record.Article is not { } a || n++ % stride != 0)
            {
                continue;
            }
            var facets = FacetValues.Of(a);
            sample.Add((a.Title, facets.Topic, facets.Source, facets.Persons.FirstOrDefault(), DateOnly.FromDateTime(JakartaTime.ToJakarta(a.Published).DateTime)));
            if (sample.Count >= 20_000)
            {
                sample = sample.Where((_, i) => i % 2 == 0).ToList();
                stride *= 2;
            }
        }
        var random = new Random(seed);
        var mix = new List<BenchQuery>(count);
        while (mix.Count < count)
        {
            var (title, topic, source, person, day) = sample[random.Next(sample.Count)];
            var words = Words(title);
            if (words.Length < 3)
            {
                continue;
            }
            var kind = Kinds[mix.Count % Kinds.Length];
            mix.Add((mix.Count % Kinds.Length) switch
            {
                0 => new BenchQuery(kind, [words[0]], WordMode.All),
                1 => new BenchQuery(kind, words.Take(3).ToArray(), WordMode.All),
                2 => new BenchQuery(kind, words[^2..], WordMode.Phrase),
                3 => new BenchQuery(kind, [words[1]], WordMode.All, Topic: topic),
                4 => new BenchQuery(kind, [], WordMode.None, From: day.AddDays(-6), To: day, Sort: SearchSort.Newest),
                5 => new BenchQuery(kind, words[..2], WordMode.Any, Page: 2),
                6 => new BenchQuery(kind, [words[2]], WordMode.All, Person: person, Source: person is null ? source : null),
                7 => new BenchQuery(kind, [], WordMode.None, From: day.AddDays(-30), To: day, Sort: SearchSort.Oldest),
                _ => new BenchQuery(kind, [words[0]], WordMode.All, Page: 10),
            });
        }
        return mix;
    }

    private static string[] Words(string title) => title
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(w => new string(w.Where(char.IsLetter).ToArray()).ToLower(CultureInfo.InvariantCulture))
        .Where(w => w.Length >= 4)
        .Distinct(StringComparer.Ordinal)
        .ToArray();
}
