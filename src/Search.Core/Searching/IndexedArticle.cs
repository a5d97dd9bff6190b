using Search.Core.Articles;

namespace Search.Core.Searching;

/// <summary>An article as the index holds it, with the facet values it was indexed under.</summary>
public sealed record IndexedArticle(Article Article, string? Topic);
