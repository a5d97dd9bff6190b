namespace Search.Api.Contracts;

/// <summary>The body of <c>POST /api/related</c>: the draft's persons, organisations and topic, and related coverage.</summary>
public sealed record DraftRelatedResponse(
    IReadOnlyList<string> Persons,
    IReadOnlyList<string> Orgs,
    string? Topic,
    int Size,
    long TookMs,
    IReadOnlyList<RelatedHitResponse> Hits);
