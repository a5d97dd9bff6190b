using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Analysis;
using Search.Core.Discovery;
using Search.Core.Indexing;
using Search.Core.Suggest;

namespace Search.Core.Searching;

/// <summary>
/// Answers searches: one pass collects the top hits and the counts of every dimension that has no
/// filter of its own; each filtered dimension gets a counting pass without its own filter (multi-select).
/// A query with few hits gets a spelling suggestion (<see cref="SpellingCorrector"/>). Hits collapse to one
/// per near-duplicate group (<see cref="GroupHeadCollector"/>); totals and facet counts count every copy.
/// </summary>
public sealed class ArticleSearcher(SearchIndex index, Analyzer analyzer, SynonymTable? synonyms = null, RankingWeights? weights = null)
{
    private readonly UserQueryBuilder queries = new(analyzer, synonyms, weights);
    private readonly SnippetHighlighter highlighter = new(analyzer);
    private readonly SpellingCorrector speller = new();
    private readonly SuggestionCache suggestions = new();

    public SearchResult Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var strict = queries.Build(request.Query);
        var filters = SearchFilters.Of(request);
        return index.Use(searcher =>
        {
            var offset = request.After is null ? (request.Page - 1) * request.Size : 0;
            var unfiltered = FacetDimensions.All
                .Where(d => !filters.ContainsKey(SearchFilters.OwnFilterOf(d.Name)))
                .ToList();
            // The strict query's own pass tells whether any article has every word; only when none has
            // does the relaxed query run instead, so a query with hits pays for one pass, not a count first.
            var query = strict;
            var pass = MainPass(searcher, request, query, filters, unfiltered, offset);
            var strictTotal = pass.Top.TotalHits;
            if (strictTotal == 0 && queries.BuildRelaxed(request.Query) is { } relaxed)
            {
                pass.Counter.Dispose();
                query = relaxed;
                pass = MainPass(searcher, request, query, filters, unfiltered, offset);
            }
            var (top, counter, heads, ranked) = pass;
            using var counted = counter;

            var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
            foreach (var (name, field) in unfiltered)
            {
                facets[name] = Rank(name, counter.CountsOf(field), request);
            }
            foreach (var group in FacetDimensions.All.Except(unfiltered).GroupBy(d => SearchFilters.OwnFilterOf(d.Name)))
            {
                using var sideways = new FacetCountingCollector(group.Select(d => d.Field).ToList());
                searcher.Search(SearchFilters.Combine(query, filters, except: group.Key), sideways);
                foreach (var (name, field) in group)
                {
                    facets[name] = Rank(name, sideways.CountsOf(field), request);
                }
            }

            var page = heads.Page(top.GetTopDocs(), Depth(request, offset), offset, request.Size, depth =>
            {
                var deeper = TopCollector(request.Sort, depth, request.After);
                searcher.Search(SearchFilters.Combine(ranked, filters), deeper);
                return deeper.GetTopDocs();
            });
            var highlightTerms = HighlightTerms.Of(query, IndexSchema.Body);
            var hits = page.Select(kept => ToHit(searcher, kept.Hit, query, highlightTerms) with { Duplicates = kept.Duplicates }).ToList();
            var ordered = FacetDimensions.All.ToDictionary(d => d.Name, d => facets[d.Name]);
            var suggestion = strictTotal < SpellingCorrector.FewHits
                ? suggestions.GetOrAdd(searcher.IndexReader, request, () => speller.Suggest(searcher.IndexReader, request.Query, text => Count(searcher, text, filters)))
                : null;
            var next = hits.Count == request.Size && (request.After is not null || offset + hits.Count < top.TotalHits - heads.Hidden)
                ? SearchCursor.After(hits[^1], page[^1].Hit.Doc, request.Sort)
                : null;
            return new SearchResult(top.TotalHits, hits, ordered, clock.Elapsed) { Suggestion = suggestion, Next = next };
        });
    }

    /// <summary>
    /// The one pass over the matches: top hits, the counts of every dimension without a filter of its own,
    /// and the near-duplicate group heads.
    /// </summary>
    private static MatchPass MainPass(IndexSearcher searcher, SearchRequest request, Query query, IReadOnlyDictionary<string, Query> filters, List<(string Name, string Field)> unfiltered, int offset)
    {
        var top = TopCollector(request.Sort, Depth(request, offset), request.After);
        var ranked = request.Recency && request.Sort == SearchSort.Relevance ? RecencyBoost.Wrap(query, searcher) : query;
        var counter = new FacetCountingCollector(unfiltered.Select(d => d.Field).ToList());
        var heads = new GroupHeadCollector(searcher.IndexReader, request.Sort);
        searcher.Search(SearchFilters.Combine(ranked, filters), MultiCollector.Wrap(top, counter, heads));
        return new MatchPass(top, counter, heads, ranked);
    }

    /// <summary>
    /// How deep the main pass ranks: the page and as many again, so that copies collapsed out of the page
    /// (<see cref="GroupHeadCollector"/>) seldom leave it short; a short page costs a second, deeper pass.
    /// </summary>
    private static int Depth(SearchRequest request, int offset) => offset + 2 * request.Size;

    private sealed record MatchPass(ITopDocsCollector Top, FacetCountingCollector Counter, GroupHeadCollector Heads, Query Ranked);

    /// <summary>
    /// Ids of the best articles for a query in relevance order (pure BM25 with the ranking signals, the
    /// same matching and ranking as <see cref="Search"/>), without facets, snippets or suggestions.
    /// </summary>
    public IReadOnlyList<string> TopIds(string query, int size) => index.Use(searcher =>
    {
        var filters = new Dictionary<string, Query>();
        var matching = Matching(searcher, query, queries.Build(query), filters, out _);
        var idOnly = new HashSet<string>(StringComparer.Ordinal) { IndexSchema.Id };
        return searcher.Search(matching, size).ScoreDocs.Select(hit => searcher.Doc(hit.Doc, idOnly).Get(IndexSchema.Id)).ToList();
    });

    /// <summary>
    /// The query to run: the strict one, or — when no article has every word — the relaxed one
    /// (<see cref="UserQueryBuilder.BuildRelaxed"/>). <paramref name="strictTotal"/> is the strict query's
    /// hit count when it was counted, otherwise -1.
    /// </summary>
    private Query Matching(IndexSearcher searcher, string text, Query strict, IReadOnlyDictionary<string, Query> filters, out int strictTotal)
    {
        strictTotal = -1;
        if (queries.BuildRelaxed(text) is { } relaxed && (strictTotal = Count(searcher, strict, filters)) == 0)
        {
            return relaxed;
        }
        return strict;
    }

    private int Count(IndexSearcher searcher, string text, IReadOnlyDictionary<string, Query> filters) =>
        Count(searcher, queries.Build(text), filters);

    private static int Count(IndexSearcher searcher, Query query, IReadOnlyDictionary<string, Query> filters)
    {
        var hits = new TotalHitCountCollector();
        searcher.Search(SearchFilters.Combine(query, filters), hits);
        return hits.TotalHits;
    }

    public IndexedArticle? Get(string id) => index.Use(searcher =>
    {
        var found = searcher.Search(new TermQuery(ArticleDocumentMapper.IdTerm(id)), 1);
        if (found.TotalHits == 0)
        {
            return null;
        }
        var doc = searcher.Doc(found.ScoreDocs[0].Doc);
        return new IndexedArticle(ArticleDocumentMapper.ToArticle(doc), ArticleDocumentMapper.TopicOf(doc));
    });

    private SearchHit ToHit(IndexSearcher searcher, ScoreDoc hit, Query query, HighlightTerms highlightTerms)
    {
        var doc = searcher.Doc(hit.Doc, ArticleDocumentMapper.HitFields);
        var article = ArticleDocumentMapper.ToArticle(doc);
        return new SearchHit(
            article.Id,
            article.Title,
            article.Url,
            article.Source,
            article.Author,
            article.Published,
            ArticleDocumentMapper.TopicOf(doc),
            article.Persons,
            highlighter.Snippet(query, article.Body, highlightTerms, searcher.IndexReader, hit.Doc),
            float.IsNaN(hit.Score) ? 0 : hit.Score);
    }

    /// <summary>
    /// Relevance ties go by document number, dates by id; a cursor continues exactly where the page before
    /// ended (<see cref="SearchCursor"/>).
    /// </summary>
    private static ITopDocsCollector TopCollector(SearchSort sort, int wanted, SearchCursor? after) => sort switch
    {
        SearchSort.Newest => TopFieldCollector.Create(DateSort(reverse: true), wanted, DateAfter(after), true, true, false, true),
        SearchSort.Oldest => TopFieldCollector.Create(DateSort(reverse: false), wanted, DateAfter(after), true, true, false, true),
        _ => TopScoreDocCollector.Create(wanted, after is null ? null : new ScoreDoc(after.Doc, after.Score), true),
    };

    private static FieldDoc? DateAfter(SearchCursor? after) => after is null
        ? null
        : new FieldDoc(int.MaxValue, after.Score, [J2N.Numerics.Int64.GetInstance(after.PublishedMs), new BytesRef(after.Id)]);

    private static Sort DateSort(bool reverse) => new(
        new SortField(IndexSchema.PublishedSort, SortFieldType.INT64, reverse),
        new SortField(IndexSchema.Id, SortFieldType.STRING));

    /// <summary>
    /// Top values by count (ties by value); month and year are listed whole in calendar order.
    /// Selected values always appear, so a ticked box never disappears.
    /// </summary>
    private static IReadOnlyList<FacetCount> Rank(string dimension, FacetCounts counts, SearchRequest request)
    {
        if (FacetDimensions.IsCalendar(dimension))
        {
            return counts.InValueOrder();
        }
        var top = counts.Top(request.FacetSize);
        if (request.Filters.TryGetValue(dimension, out var selected))
        {
            foreach (var value in selected)
            {
                if (!top.Any(c => string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase)))
                {
                    top.Add(counts.Find(value, StringComparison.OrdinalIgnoreCase) ?? new FacetCount(value, 0));
                }
            }
        }
        return top;
    }
}
