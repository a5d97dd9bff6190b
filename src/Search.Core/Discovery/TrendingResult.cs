namespace Search.Core.Discovery;

/// <summary>Trending values, most significant first, with the two windows and their article totals.</summary>
public sealed record TrendingResult(
    string Dimension,
    DateOnly From,
    DateOnly To,
    DateOnly BaselineFrom,
    DateOnly BaselineTo,
    int Total,
    int BaselineTotal,
    IReadOnlyList<TrendingValue> Values,
    TimeSpan Took);
