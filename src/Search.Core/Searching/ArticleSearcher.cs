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
            // The strict query's own pass tells whether any article has every word; only when none has
            // does the relaxed query run instead, so a query with hits pays for one pass, not a count first.
            var query = strict;
            var passes = SearchPasses.Run(searcher, index, request, query, filters, offset);
            var strictTotal = passes.Total;
            if (strictTotal == 0 && queries.BuildRelaxed(request.Query) is { } relaxed)
            {
                passes.Dispose();
                query = relaxed;
                passes = SearchPasses.Run(searcher, index, request, query, filters, offset);
            }
            using var counted = passes;
            var (top, heads) = (passes.Top, passes.Heads);
            var facets = FacetDimensions.All.ToDictionary(d => d.Name, d => Rank(d.Name, passes.CountsOf(d.Field), request));
            var page = heads.Page(top, SearchPasses.Depth(request, offset), offset, request.Size, depth => passes.Deeper(searcher, request, filters, depth));
            var highlightTerms = HighlightTerms.Of(query, IndexSchema.Body);
            var hits = page.Select(kept => ToHit(searcher, kept.Hit, query, highlightTerms) with { Duplicates = kept.Duplicates }).ToList();
            var suggestion = strictTotal < SpellingCorrector.FewHits
                ? suggestions.GetOrAdd(searcher.IndexReader, request, () => speller.Suggest(searcher.IndexReader, request.Query, text => Count(searcher, text, filters)))
                : null;
            var next = hits.Count == request.Size && (request.After is not null || offset + hits.Count < passes.Total - heads.Hidden)
                ? SearchCursor.After(hits[^1], request.Sort)
                : null;
            return new SearchResult(passes.Total, hits, facets, clock.Elapsed) { Suggestion = suggestion, Next = next };
        });
    }

    /// <summary>
    /// Ids of the best articles for a query in relevance order (pure BM25 with the ranking signals, the
    /// same matching and ranking as <see cref="Search"/>), without facets, snippets or suggestions.
    /// </summary>
    public IReadOnlyList<string> TopIds(string query, int size) => index.Use(searcher =>
    {
        var filters = new Dictionary<string, Query>();
        var matching = Matching(searcher, query, queries.Build(query), filters, out _);
        var idOnly = new HashSet<string>(StringComparer.Ordinal) { IndexSchema.Id };
        var top = new BoundedTopScoreCollector(Math.Max(1, size), null, searcher);
        searcher.Search(matching, top);
        return top.GetTopDocs().ScoreDocs.Select(hit => searcher.Doc(hit.Doc, idOnly).Get(IndexSchema.Id)).ToList();
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
