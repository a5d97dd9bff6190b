using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Discovery;

/// <summary>
/// The queries that find related candidates: MoreLikeThis over the title and the body, each read with
/// the index's own analyzer into its own field (title words weigh <see cref="RelatedOptions.TitleBoost"/>),
/// a query for articles naming the same persons or organisations, and the request's filters.
/// </summary>
internal sealed class RelatedQueryBuilder(Analyzer analyzer, RelatedOptions options)
{
    /// <summary>Title words: every occurrence counts (titles are short), rare is fine down to two titles.</summary>
    private const int TitleMinTermFreq = 1;

    private const int TitleMaxMinDocFreq = 2;

    /// <summary>The common-word cut never drops words in fewer articles than this, so small indexes keep their words.</summary>
    private const int MinMaxDocFreq = 50;

    /// <summary>The text query, or null when neither title nor body has a word distinctive enough.</summary>
    public Query? Text(IndexReader reader, string title, string body, RelatedRequest request)
    {
        var minDocFreq = request.MinDocFreq ?? options.MinDocFreq;
        var titleQuery = Like(reader, IndexSchema.Title, title, TitleMinTermFreq, Math.Min(minDocFreq, TitleMaxMinDocFreq), request);
        var bodyQuery = Like(reader, IndexSchema.Body, body, request.MinTermFreq ?? options.MinTermFreq, minDocFreq, request);
        var query = new BooleanQuery();
        if (titleQuery is not null)
        {
            titleQuery.Boost = options.TitleBoost;
            query.Add(titleQuery, Occur.SHOULD);
        }
        if (bodyQuery is not null)
        {
            query.Add(bodyQuery, Occur.SHOULD);
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>Articles naming any of the persons or organisations, or null when there are none.</summary>
    public static Query? Entities(IReadOnlyList<string> names)
    {
        var query = new BooleanQuery();
        foreach (var name in names.Select(p => p.Trim().ToLowerInvariant()).Where(p => p.Length > 0).Distinct())
        {
            query.Add(new TermQuery(new Term(IndexSchema.PersonKey, name)), Occur.SHOULD);
            query.Add(new TermQuery(new Term(IndexSchema.OrgKey, name)), Occur.SHOULD);
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>Topic (OR) and date filters; <c>after</c> and <c>before</c> exclude their own day.</summary>
    public static IReadOnlyDictionary<string, Query> Filters(RelatedRequest request)
    {
        var filters = new Dictionary<string, Query>(SearchFilters.Of(new SearchRequest
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["topic"] = request.Topics },
        }));
        if (request.After is not null || request.Before is not null)
        {
            long? min = request.After is { } after ? JakartaTime.StartOfDay(after.AddDays(1)).ToUnixTimeMilliseconds() : null;
            long? max = request.Before is { } before ? JakartaTime.StartOfDay(before).ToUnixTimeMilliseconds() : null;
            filters[SearchFilters.Date] = NumericRangeQuery.NewInt64Range(IndexSchema.PublishedRange, min, max, true, false);
        }
        return filters;
    }

    private Query? Like(IndexReader reader, string field, string text, int minTermFreq, int minDocFreq, RelatedRequest request)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var mlt = new MoreLikeThis(reader)
        {
            Analyzer = analyzer,
            FieldNames = [field],
            MinTermFreq = minTermFreq,
            MinDocFreq = minDocFreq,
            MaxDocFreq = Math.Max(MinMaxDocFreq, (int)((long)reader.NumDocs * options.MaxDocFreqPercent / 100)),
            MaxQueryTerms = request.MaxQueryTerms ?? options.MaxQueryTerms,
            MinWordLen = options.MinWordLength,
            ApplyBoost = options.BoostTerms > 0,
            BoostFactor = options.BoostTerms > 0 ? options.BoostTerms : 1,
        };
        using var input = new StringReader(text);
        var query = (BooleanQuery)mlt.Like(input, field);
        query.MinimumNumberShouldMatch = query.Clauses.Count * options.MinimumShouldMatchPercent / 100;
        return query.Clauses.Count == 0 ? null : query;
    }
}
