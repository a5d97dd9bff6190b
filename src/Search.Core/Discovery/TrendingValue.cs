namespace Search.Core.Discovery;

/// <summary>A value's articles in the window and in the baseline window, and its significance score.</summary>
public sealed record TrendingValue(string Value, int Count, int BaselineCount, double Score);
