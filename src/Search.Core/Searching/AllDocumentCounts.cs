using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>
/// The facet counts of every live document of an index snapshot, counted once per reader and dimension:
/// the answer of a pass that matches everything without a filter (a query of stop words alone, or the
/// sideways pass of a browse by date, whose only filter is the one its month and year counts leave out).
/// The counts go when the reader does; their arrays are never given back to the pool, and they are put in
/// value order before they are shared, so reading them from several searches at once changes nothing.
/// </summary>
internal static class AllDocumentCounts
{
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, Lazy<FacetCounts>>> Cache = new();

    /// <summary>Whether a pass of <paramref name="query"/> matches every live document, so its counts are these.</summary>
    public static bool Covers(Query query) => query is MatchAllDocsQuery;

    public static FacetCounts Of(IndexSearcher searcher, string field) =>
        Cache.GetValue(searcher.IndexReader, _ => new ConcurrentDictionary<string, Lazy<FacetCounts>>(StringComparer.Ordinal))
            .GetOrAdd(field, f => new Lazy<FacetCounts>(() =>
            {
                var counter = new FacetCountingCollector([f]);
                searcher.Search(new MatchAllDocsQuery(), counter);
                var counts = counter.CountsOf(f);
                counts.InValueOrder();
                return counts;
            }))
            .Value;
}
