namespace Search.Api.Contracts;

/// <summary>A trending value: articles in the window and in the baseline window, and its significance score.</summary>
public sealed record TrendingValueResponse(string Value, int Count, int BaselineCount, double Score);
