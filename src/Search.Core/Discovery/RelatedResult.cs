namespace Search.Core.Discovery;

/// <summary>Related articles, best first, one per near-duplicate group.</summary>
public sealed record RelatedResult(IReadOnlyList<RelatedArticle> Articles, TimeSpan Took);
