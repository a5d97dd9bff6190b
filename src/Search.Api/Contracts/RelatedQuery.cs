namespace Search.Api.Contracts;

/// <summary>
/// Query string of <c>GET /api/articles/{id}/related</c>, bound as text so that every malformed value
/// gets a problem naming the parameter. Tuning names follow Elasticsearch's <c>more_like_this</c>.
/// </summary>
public sealed record RelatedQuery(
    string? Size,
    string? Before,
    string? After,
    string[]? Topic,
    string? MinTermFreq,
    string? MinDocFreq,
    string? MaxQueryTerms);
