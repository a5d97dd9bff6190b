namespace Search.Core.Discovery;

/// <summary>Every bucket from the first to the last with a match, empty ones included, in calendar order.</summary>
public sealed record TimelineResult(TimelineInterval Interval, int Total, IReadOnlyList<TimelineBucket> Buckets, TimeSpan Took);
