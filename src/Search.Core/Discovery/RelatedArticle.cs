namespace Search.Core.Discovery;

/// <summary>
/// A related article: its fused score, how many near-duplicate copies it stands for, and the persons
/// (or organisations) it shares with the source.
/// </summary>
public sealed record RelatedArticle(ArticleReference Article, double Score, int Duplicates, IReadOnlyList<string> SharedEntities);
