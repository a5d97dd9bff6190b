using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// Builds filter queries from a request: one per filtered dimension, so a dimension's facet counts
/// can be computed with every filter except its own (multi-select).
/// </summary>
public static class SearchFilters
{
    /// <summary>The public name of the date filter, which belongs to the "month" and "year" dimensions.</summary>
    public const string Date = "date";

    private static readonly Dictionary<string, string> KeyFields = new(StringComparer.Ordinal)
    {
        ["topic"] = IndexSchema.Topic,
        ["person"] = IndexSchema.PersonKey,
        ["source"] = IndexSchema.SourceKey,
        ["org"] = IndexSchema.OrgKey,
        ["place"] = IndexSchema.PlaceKey,
    };

    public static IReadOnlyCollection<string> FilterableDimensions => KeyFields.Keys;

    /// <summary>Filter queries keyed by dimension ("topic", "person", "source", "date").</summary>
    public static IReadOnlyDictionary<string, Query> Of(SearchRequest request)
    {
        var filters = new Dictionary<string, Query>(StringComparer.Ordinal);
        foreach (var (dimension, values) in request.Filters)
        {
            if (values.Count == 0 || !KeyFields.TryGetValue(dimension, out var field))
            {
                continue;
            }
            var any = new BooleanQuery();
            foreach (var value in values.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                any.Add(new TermQuery(new Term(field, value.Trim().ToLowerInvariant())), Occur.SHOULD);
            }
            filters[dimension] = any;
        }
        if (request.From is not null || request.To is not null)
        {
            long? min = request.From is { } from ? JakartaTime.StartOfDay(from).ToUnixTimeMilliseconds() : null;
            long? max = request.To is { } to ? JakartaTime.StartOfDay(to.AddDays(1)).ToUnixTimeMilliseconds() : null;
            filters[Date] = NumericRangeQuery.NewInt64Range(IndexSchema.PublishedRange, min, max, true, false);
        }
        return filters;
    }

    /// <summary>The dimension whose own filter a facet ignores: month and year ignore the date range.</summary>
    public static string OwnFilterOf(string facetDimension) =>
        facetDimension is "month" or "year" ? Date : facetDimension;

    /// <summary>The query AND every filter except <paramref name="except"/>.</summary>
    public static Query Combine(Query query, IReadOnlyDictionary<string, Query> filters, string? except = null)
    {
        var active = filters.Where(f => f.Key != except).ToList();
        if (active.Count == 0)
        {
            return query;
        }
        var all = new BooleanQuery();
        foreach (var (_, filter) in active)
        {
            all.Add(filter, Occur.MUST);
        }
        // Filters restrict without scoring: the score is the query's alone.
        return new FilteredQuery(query, new QueryWrapperFilter(all));
    }
}
