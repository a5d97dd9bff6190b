namespace Search.Api.Contracts;

/// <summary>The body of <c>GET /api/trending</c>: the two windows, their article totals, and the values, most significant first.</summary>
public sealed record TrendingResponse(
    string Dimension,
    DateOnly From,
    DateOnly To,
    DateOnly BaselineFrom,
    DateOnly BaselineTo,
    int Total,
    int BaselineTotal,
    long TookMs,
    IReadOnlyList<TrendingValueResponse> Values);
