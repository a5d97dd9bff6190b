namespace Search.Api.Contracts;

/// <summary>
/// The body of <c>POST /api/related</c>: an unpublished draft. Persons and topic are optional (found
/// from the index when absent); <c>published</c> defaults to now.
/// </summary>
public sealed record DraftRelatedRequest(
    string? Title,
    string? Body,
    int? Size,
    string[]? Persons,
    string? Topic,
    DateTimeOffset? Published);
