using Lucene.Net.Search;
using Search.Core.Discovery;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// The counting passes of one search: the main pass (the top hits, the counts of every dimension without a
/// filter of its own, the near-duplicate group heads) and one sideways pass per filtered dimension (its
/// counts without its own filter, for multi-select). On an index of <see cref="SearchIndex.SplitFromDocuments"/>
/// documents or more, all passes run at once, each split over the cores (<see cref="SplitSearch"/>), and the
/// parts are merged: the same hits in the same order, the same totals and counts as one pass each.
/// </summary>
internal sealed class SearchPasses : IDisposable
{
    private readonly Dictionary<string, FacetCounts> counts = new(StringComparer.Ordinal);
    private readonly List<FacetCountingCollector> counters = [];

    private SearchPasses(Query ranked, int parts)
    {
        Ranked = ranked;
        Parts = parts;
    }

    /// <summary>The query the main pass ranked with (the query, or it with the recency boost).</summary>
    public Query Ranked { get; }

    /// <summary>
    /// The top <see cref="Depth"/> of the hits the main pass ranked: every hit that stands for its group, and
    /// the copies that stood when they came (<see cref="GroupHeadCollector"/>).
    /// </summary>
    public TopDocs Top { get; private set; } = null!;

    /// <summary>Every match of the main pass, copies included.</summary>
    public int Total => Heads.Matched;

    public GroupHeadCollector Heads { get; private set; } = null!;

    private int Parts { get; }

    /// <summary>Counts of a dimension's values (its field) among the matches, with every filter but its own; read before <see cref="Dispose"/>.</summary>
    public FacetCounts CountsOf(string field) => counts[field];

    /// <summary>Gives the counting arrays back (<see cref="FacetCountingCollector.Dispose"/>).</summary>
    public void Dispose() => counters.ForEach(c => c.Dispose());

    /// <summary>
    /// How deep the main pass ranks: the page and as many again, so that copies collapsed out of the page
    /// (<see cref="GroupHeadCollector"/>) seldom leave it short; a short page costs a second, deeper pass.
    /// </summary>
    public static int Depth(SearchRequest request, int offset) => offset + 2 * request.Size;

    public static SearchPasses Run(IndexSearcher searcher, SearchIndex index, SearchRequest request, Query query, IReadOnlyDictionary<string, Query> filters, int offset)
    {
        var ranked = request.Recency && request.Sort == SearchSort.Relevance ? RecencyBoost.Wrap(query, searcher) : query;
        using var running = SplitSearch.Begin();
        var passes = new SearchPasses(ranked, SplitSearch.PartsFor(searcher.IndexReader, index, running.Count));
        var main = SearchFilters.Combine(ranked, filters);
        var unfiltered = FacetDimensions.All.Where(d => !filters.ContainsKey(SearchFilters.OwnFilterOf(d.Name))).Select(d => d.Field).ToList();
        var sideways = FacetDimensions.All.Where(d => filters.ContainsKey(SearchFilters.OwnFilterOf(d.Name)))
            .GroupBy(d => SearchFilters.OwnFilterOf(d.Name))
            .Select(g => (Filter: g.Key, Fields: g.Select(d => d.Field).ToList(), Query: SearchFilters.Combine(query, filters, except: g.Key)))
            .ToList();
        // A pass that matches everything unfiltered counts what the snapshot's cached whole-index counts already hold.
        if (AllDocumentCounts.Covers(main))
        {
            unfiltered.ForEach(field => passes.counts[field] = AllDocumentCounts.Of(searcher, field));
            unfiltered = [];
        }
        foreach (var pass in sideways.Where(s => AllDocumentCounts.Covers(s.Query)))
        {
            pass.Fields.ForEach(field => passes.counts[field] = AllDocumentCounts.Of(searcher, field));
        }
        sideways.RemoveAll(s => AllDocumentCounts.Covers(s.Query));
        var parts = passes.Parts;
        var tops = Enumerable.Range(0, parts).Select(_ => TopCollector(searcher, request.Sort, Depth(request, offset), request.After)).ToArray();
        var counters = Enumerable.Range(0, parts).Select(_ => new FacetCountingCollector(unfiltered)).ToArray();
        var heads = tops.Select(top => new GroupHeadCollector(searcher.IndexReader, request.Sort, top)).ToArray();
        var sidewaysCounters = sideways.Select(s => Enumerable.Range(0, parts).Select(_ => new FacetCountingCollector(s.Fields)).ToArray()).ToList();
        if (parts == 1)
        {
            searcher.Search(main, MultiCollector.Wrap(heads[0], unfiltered.Count == 0 ? null : counters[0]));
            for (var s = 0; s < sideways.Count; s++)
            {
                searcher.Search(sideways[s].Query, sidewaysCounters[s][0]);
            }
        }
        else
        {
            var work = new List<(Query, IReadOnlyList<ICollector>)>
            {
                (main, Enumerable.Range(0, parts).Select(p => MultiCollector.Wrap(heads[p], unfiltered.Count == 0 ? null : counters[p])).ToList()),
            };
            work.AddRange(sideways.Select((s, i) => (s.Query, (IReadOnlyList<ICollector>)sidewaysCounters[i])));
            SplitSearch.Run(searcher, work);
        }
        passes.Top = Merge(searcher, request.Sort, Depth(request, offset), tops);
        passes.Heads = heads[0];
        foreach (var other in heads.Skip(1))
        {
            passes.Heads.Absorb(other);
        }
        passes.AddCounts(unfiltered, counters);
        for (var s = 0; s < sideways.Count; s++)
        {
            passes.AddCounts(sideways[s].Fields, sidewaysCounters[s]);
        }
        return passes;
    }

    /// <summary>The top <paramref name="depth"/> standing hits of the main pass's ranking, for a page the collapsed copies left short.</summary>
    public TopDocs Deeper(IndexSearcher searcher, SearchRequest request, IReadOnlyDictionary<string, Query> filters, int depth)
    {
        var tops = Enumerable.Range(0, Parts).Select(_ => TopCollector(searcher, request.Sort, depth, request.After)).ToArray();
        var standing = tops.Select(top => Heads.OnlyStanding(top)).ToList();
        if (Parts == 1)
        {
            searcher.Search(SearchFilters.Combine(Ranked, filters), standing[0]);
        }
        else
        {
            SplitSearch.Run(searcher, [(SearchFilters.Combine(Ranked, filters), standing)]);
        }
        return Merge(searcher, request.Sort, depth, tops);
    }

    /// <summary>The counts of <paramref name="fields"/> over all parts: the other parts' added into the first part's.</summary>
    private void AddCounts(List<string> fields, FacetCountingCollector[] parts)
    {
        counters.AddRange(parts);
        foreach (var field in fields)
        {
            var all = parts.Select(p => p.CountsOf(field)).Where(c => !ReferenceEquals(c, FacetCounts.None)).ToList();
            counts[field] = all.Count == 0 ? FacetCounts.None : all[0];
            foreach (var part in all.Skip(1))
            {
                all[0].Add(part);
            }
        }
    }

    /// <summary>The parts' top hits as one ranking, in the order each part ranked by.</summary>
    private static TopDocs Merge(IndexSearcher searcher, SearchSort sort, int depth, ITopDocsCollector[] parts) => parts.Length == 1
        ? parts[0].GetTopDocs()
        : sort == SearchSort.Relevance
            ? BoundedTopScoreCollector.Merge(searcher, depth, parts.Select(p => p.GetTopDocs()).ToList())
            : TopDocs.Merge(DateSort(sort == SearchSort.Newest), depth, parts.Select(p => p.GetTopDocs()).ToArray());

    /// <summary>
    /// Relevance ties go to the newer article, then by id (<see cref="RelevanceOrder"/>), dates by id; a cursor
    /// continues exactly where the page before ended (<see cref="SearchCursor"/>). By relevance, matches that cannot reach the top are not scored
    /// (<see cref="BoundedTopScoreCollector"/>).
    /// </summary>
    private static ITopDocsCollector TopCollector(IndexSearcher searcher, SearchSort sort, int wanted, SearchCursor? after) => sort switch
    {
        SearchSort.Newest => TopFieldCollector.Create(DateSort(reverse: true), wanted, DateAfter(after), true, true, false, true),
        SearchSort.Oldest => TopFieldCollector.Create(DateSort(reverse: false), wanted, DateAfter(after), true, true, false, true),
        _ => new BoundedTopScoreCollector(wanted, after, searcher),
    };

    private static FieldDoc? DateAfter(SearchCursor? after) => after is null
        ? null
        : new FieldDoc(int.MaxValue, after.Score, [J2N.Numerics.Int64.GetInstance(after.PublishedMs), new Lucene.Net.Util.BytesRef(after.Id)]);

    private static Sort DateSort(bool reverse) => new(
        new SortField(IndexSchema.PublishedSort, SortFieldType.INT64, reverse),
        new SortField(IndexSchema.Id, SortFieldType.STRING));
}
