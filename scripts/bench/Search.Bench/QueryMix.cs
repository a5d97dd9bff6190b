using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Bench;

/// <summary>
/// A deterministic mix of searches drawn from the index itself: single words, several words, phrases,
/// topic and person filters, date ranges, date sorts and second pages; every one asks for all facets.
/// </summary>
public static class QueryMix
{
    public static IReadOnlyList<(string Kind, SearchRequest Request)> From(SearchIndex index, int count, int seed = 42) =>
        index.Use(searcher =>
        {
            var random = new Random(seed);
            var reader = searcher.IndexReader;
            var live = MultiFields.GetLiveDocs(reader);
            var mix = new List<(string, SearchRequest)>();
            while (mix.Count < count)
            {
                var docId = random.Next(reader.MaxDoc);
                if (live is not null && !live.Get(docId))
                {
                    continue;
                }
                var doc = searcher.Doc(docId);
                var words = doc.Get(IndexSchema.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
                    .Where(w => w.Length >= 4)
                    .ToArray();
                if (words.Length < 3)
                {
                    continue;
                }
                var published = DateTimeOffset.Parse(doc.Get(IndexSchema.Published), System.Globalization.CultureInfo.InvariantCulture);
                var day = DateOnly.FromDateTime(JakartaTime.ToJakarta(published).DateTime);
                var topic = doc.Get(IndexSchema.Topic);
                var person = doc.GetValues(IndexSchema.Person).FirstOrDefault();
                mix.Add((mix.Count % 8) switch
                {
                    0 => ("one word", new SearchRequest { Query = words[0] }),
                    1 => ("three words", new SearchRequest { Query = string.Join(' ', words.Take(3)) }),
                    2 => ("phrase", new SearchRequest { Query = $"\"{words[^2]} {words[^1]}\"" }),
                    3 => ("word + topic", new SearchRequest { Query = words[1], Filters = Filter("topic", topic) }),
                    4 => ("date range, newest", new SearchRequest { From = day.AddDays(-7), To = day, Sort = SearchSort.Newest }),
                    5 => ("two words, page 2", new SearchRequest { Query = $"{words[0]} OR {words[1]}", Page = 2 }),
                    6 => ("person or source filter", new SearchRequest
                    {
                        Query = words[2],
                        Filters = person is null ? Filter("source", doc.Get(IndexSchema.Source)) : Filter("person", person),
                    }),
                    _ => ("all articles, oldest", new SearchRequest { Sort = SearchSort.Oldest, From = day.AddDays(-30) }),
                });
            }
            return (IReadOnlyList<(string, SearchRequest)>)mix;
        });

    private static Dictionary<string, IReadOnlyList<string>> Filter(string dimension, string? value) =>
        value is null ? [] : new() { [dimension] = [value] };
}
