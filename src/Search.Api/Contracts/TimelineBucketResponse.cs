namespace Search.Api.Contracts;

/// <summary>One bucket: key ("2024-03-05", "2024-W10", "2024-03"), first day, count, top article (null when empty).</summary>
public sealed record TimelineBucketResponse(string Key, DateOnly Start, int Count, ArticleReferenceResponse? Top);
