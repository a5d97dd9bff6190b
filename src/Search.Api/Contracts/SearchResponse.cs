using System.Text.Json.Serialization;

namespace Search.Api.Contracts;

/// <summary>
/// The body of <c>GET /api/search</c>. <see cref="Suggestion"/> is present only when the query found few or no
/// articles and a correction finds more. <see cref="NextCursor"/> continues after this page (<c>cursor=</c>), null on the last.
/// </summary>
public sealed record SearchResponse(
    string Query,
    int Total,
    int Page,
    int Size,
    long TookMs,
    IReadOnlyList<SearchHitResponse> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValueResponse>> Facets,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Suggestion = null,
    string? NextCursor = null);
