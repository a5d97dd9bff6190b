namespace Search.Api.Contracts;

/// <summary>
/// Query string of <c>GET /api/search</c>, bound as text so that every malformed value gets a
/// problem response naming the parameter. Filters may repeat (<c>topic=a&amp;topic=b</c>).
/// </summary>
public sealed record SearchQuery(
    string? Q,
    string[]? Topic,
    string[]? Person,
    string[]? Source,
    string? From,
    string? To,
    string? Sort,
    string? Page,
    string? Size,
    string? Recency = null,
    string? Cursor = null,
    string[]? Org = null,
    string[]? Place = null);
