namespace Search.Core.Discovery;

/// <summary>
/// A validated trending request: a facet dimension by public name ("person", "topic", ...), a window of
/// Asia/Jakarta days (inclusive) compared with the window of the same length just before it.
/// </summary>
public sealed record TrendingRequest
{
    public string Dimension { get; init; } = "person";

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public int Size { get; init; } = 10;

    /// <summary>Values in fewer window articles than this are not listed.</summary>
    public int MinCount { get; init; } = 2;
}
