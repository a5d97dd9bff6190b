namespace Search.Core.Discovery;

/// <summary>
/// A validated timeline request: the query and filters of a search (filters keyed by dimension,
/// OR within one, AND across; dates are Asia/Jakarta days, inclusive) and the bucket width.
/// </summary>
public sealed record TimelineRequest
{
    public string Query { get; init; } = "";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public TimelineInterval Interval { get; init; } = TimelineInterval.Month;
}
