namespace Search.Api.Contracts;

/// <summary>The body of <c>POST /api/related</c>: the draft's persons and topic, and related coverage.</summary>
public sealed record DraftRelatedResponse(IReadOnlyList<string> Persons, string? Topic, int Size, long TookMs, IReadOnlyList<RelatedHitResponse> Hits);
