namespace Search.Api.Contracts;

/// <summary>The body of <c>GET /api/articles/{id}</c>: the whole article, and its near-duplicate copies.</summary>
public sealed record ArticleResponse(
    string Id,
    string Title,
    string? Url,
    string Source,
    string? Author,
    DateTimeOffset Published,
    string? Topic,
    string? Category,
    string? Subcategory,
    IReadOnlyList<string> Persons,
    IReadOnlyList<string> Tags,
    string? Caption,
    string? Dateline,
    string? EditorCode,
    string Body,
    IReadOnlyList<string> RelatedTitles,
    IReadOnlyList<ArticleReferenceResponse> Duplicates);
