namespace Search.Api.Contracts;

/// <summary>Query string of <c>GET /api/suggest</c>, bound as text so that a malformed size gets a problem response.</summary>
public sealed record SuggestQuery(string? Q, string? Size);
