namespace Search.Api.Contracts;

/// <summary>Query string of <c>GET /api/trending</c>.</summary>
public sealed record TrendingQuery(string? From, string? To, string? Dimension, string? Size);
