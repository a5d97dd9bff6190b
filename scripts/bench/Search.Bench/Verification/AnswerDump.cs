using System.Globalization;
using System.Text;
using System.Text.Json;
using Lucene.Net.Analysis;
using Search.Core.Searching;

namespace Search.Bench.Verification;

/// <summary>
/// Writes every answer of a query mix, one JSON line each, so two builds can be compared byte for byte
/// (<c>cmp</c>): for each query its first page, the next page, the same with recency, page 3, and three cursor
/// pages after the first; each line holds the total, the hits (id, score as its bits, snippet, copies), every
/// facet count, the suggestion and the next cursor. The time a search took is left out.
/// </summary>
public static class AnswerDump
{
    public static int Run(SearchIndex index, Analyzer analyzer, IReadOnlyList<(string Kind, SearchRequest Request)> mix, string outPath)
    {
        var searcher = new ArticleSearcher(index, analyzer);
        var searches = 0;
        using var output = new StreamWriter(outPath, false, new UTF8Encoding(false));
        foreach (var (kind, request) in mix)
        {
            var variants = new (string Name, SearchRequest Request)[]
            {
                ("first", request),
                ("next page", request with { Page = request.Page + 1 }),
                ("recency", request with { Recency = true }),
                ("page 3", request with { Page = 3 }),
            };
            foreach (var (name, variant) in variants)
            {
                Write(output, kind, name, variant, searcher.Search(variant));
                searches++;
            }
            var cursor = searcher.Search(request with { Page = 1 }).Next;
            for (var page = 1; page <= 3 && cursor is not null; page++)
            {
                var result = searcher.Search(request with { Page = 1, After = cursor });
                Write(output, kind, "cursor " + page.ToString(CultureInfo.InvariantCulture), request with { After = cursor }, result);
                searches++;
                cursor = result.Next;
            }
        }
        Console.WriteLine($"{searches} answers written to {outPath}");
        return 0;
    }

    private static void Write(StreamWriter output, string kind, string variant, SearchRequest request, SearchResult result)
    {
        var line = new
        {
            kind,
            variant,
            query = request.Query,
            filters = request.Filters,
            from = request.From?.ToString("O", CultureInfo.InvariantCulture),
            to = request.To?.ToString("O", CultureInfo.InvariantCulture),
            sort = request.Sort.ToString(),
            request.Page,
            after = request.After?.Encode(),
            total = result.Total,
            hits = result.Hits.Select(h => new { h.Id, score = BitConverter.SingleToInt32Bits(h.Score), h.Snippet, h.Duplicates, h.Title, h.Topic }),
            facets = result.Facets.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new { f.Key, values = f.Value.Select(c => c.Value + "=" + c.Count.ToString(CultureInfo.InvariantCulture)) }),
            suggestion = result.Suggestion,
            next = result.Next?.Encode(),
        };
        output.WriteLine(JsonSerializer.Serialize(line));
    }
}
