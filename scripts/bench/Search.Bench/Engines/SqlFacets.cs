using Search.Bench.Queries;
using Search.Core.Indexing;

namespace Search.Bench.Engines;

/// <summary>
/// The filters of a <see cref="BenchQuery"/> as SQL conditions over an <c>articles</c> table aliased
/// <c>a</c> (columns topic, source_key, month, published in Unix ms; persons per engine), with the
/// dimension each belongs to, so a facet's counts can leave out its own filter (multi-select).
/// </summary>
public static class SqlFacets
{
    /// <summary>The dimensions the peers count, with the filter each ignores.</summary>
    public static readonly (string Column, string OwnFilter)[] Dimensions =
    [
        ("topic", "topic"),
        ("source_key", "source"),
        ("month", "date"),
    ];

    public static List<(string Dimension, string Sql, string Name, object Value)> Conditions(BenchQuery query, string personCondition)
    {
        var conditions = new List<(string, string, string, object)>();
        if (query.Topic is not null)
        {
            conditions.Add(("topic", "a.topic = @topic", "topic", query.Topic.Trim().ToLowerInvariant()));
        }
        if (query.Source is not null)
        {
            conditions.Add(("source", "a.source_key = @source", "source", query.Source.Trim().ToLowerInvariant()));
        }
        if (query.Person is not null)
        {
            conditions.Add(("person", personCondition, "person", query.Person.Trim().ToLowerInvariant()));
        }
        if (query.From is { } from)
        {
            conditions.Add(("date", "a.published >= @from", "from", JakartaTime.StartOfDay(from).ToUnixTimeMilliseconds()));
        }
        if (query.To is { } to)
        {
            conditions.Add(("date", "a.published < @to", "to", JakartaTime.StartOfDay(to.AddDays(1)).ToUnixTimeMilliseconds()));
        }
        return conditions;
    }

    public static string Where(IEnumerable<(string Dimension, string Sql, string Name, object Value)> conditions, string? textCondition, string? except = null)
    {
        var parts = conditions.Where(c => c.Dimension != except).Select(c => c.Sql).ToList();
        if (textCondition is not null)
        {
            parts.Insert(0, textCondition);
        }
        return parts.Count == 0 ? "" : " WHERE " + string.Join(" AND ", parts);
    }

    public static string OrderBy(BenchQuery query, string rank) => query.Sort switch
    {
        Search.Core.Searching.SearchSort.Newest => "a.published DESC, a.id",
        Search.Core.Searching.SearchSort.Oldest => "a.published, a.id",
        _ => query.Mode == WordMode.None ? "a.published DESC, a.id" : rank,
    };
}
