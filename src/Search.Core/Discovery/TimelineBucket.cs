namespace Search.Core.Discovery;

/// <summary>
/// One bucket of a timeline: its key ("2024-03-05", "2024-W10" or "2024-03"), first day, number of
/// matching articles, and the top one (best match; then most copies; then earliest), null when empty.
/// </summary>
public sealed record TimelineBucket(string Key, DateOnly Start, int Count, ArticleReference? Top);
