namespace Search.Api.Contracts;

/// <summary>Query string of <c>GET /api/timeline</c>: the words and filters of a search, and the bucket width.</summary>
public sealed record TimelineQuery(
    string? Q,
    string[]? Topic,
    string[]? Person,
    string[]? Source,
    string? From,
    string? To,
    string? Interval);
