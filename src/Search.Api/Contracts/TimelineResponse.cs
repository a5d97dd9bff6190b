namespace Search.Api.Contracts;

/// <summary>The body of <c>GET /api/timeline</c>: every bucket from the first to the last match, in calendar order.</summary>
public sealed record TimelineResponse(string Query, string Interval, int Total, long TookMs, IReadOnlyList<TimelineBucketResponse> Buckets);
