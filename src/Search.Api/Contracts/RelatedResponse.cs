namespace Search.Api.Contracts;

/// <summary>The body of <c>GET /api/articles/{id}/related</c>: related articles, best first, one per near-duplicate group.</summary>
public sealed record RelatedResponse(string Id, int Size, long TookMs, IReadOnlyList<RelatedHitResponse> Hits);
