namespace Search.Api.Contracts;

/// <summary>The body of <c>GET /api/search</c>.</summary>
public sealed record SearchResponse(
    string Query,
    int Total,
    int Page,
    int Size,
    long TookMs,
    IReadOnlyList<SearchHitResponse> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValueResponse>> Facets);
