using Search.Core.Discovery;
using Search.Core.Searching;

namespace Search.Api.Contracts;

/// <summary>Maps Core results to the HTTP contract.</summary>
public static class ContractMapper
{
    public static SearchResponse ToResponse(this SearchResult result, SearchRequest request) => new(
        request.Query,
        result.Total,
        request.Page,
        request.Size,
        (long)result.Took.TotalMilliseconds,
        result.Hits.Select(ToResponse).ToList(),
        result.Facets.ToDictionary(
            f => f.Key,
            f => (IReadOnlyList<FacetValueResponse>)f.Value.Select(v => new FacetValueResponse(v.Value, v.Count)).ToList()),
        result.Suggestion,
        result.Next?.Encode());

    public static SearchHitResponse ToResponse(this SearchHit hit) => new(
        hit.Id, hit.Title, hit.Url, hit.Source, hit.Author, hit.Published, hit.Topic, hit.Persons, hit.Snippet, hit.Duplicates);

    public static ArticleResponse ToResponse(this IndexedArticle indexed, IReadOnlyList<ArticleReference> duplicates)
    {
        var a = indexed.Article;
        return new ArticleResponse(
            a.Id, a.Title, a.Url, a.Source, a.Author, a.Published, indexed.Topic, a.Category, a.Subcategory,
            a.Persons, a.Tags, a.Caption, a.Dateline, a.EditorCode, a.Body, a.RelatedTitles,
            duplicates.Select(d => d.ToResponse()).ToList());
    }
}
