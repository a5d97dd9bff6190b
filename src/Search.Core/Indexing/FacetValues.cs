using Search.Core.Articles;

namespace Search.Core.Indexing;

/// <summary>
/// The one place that decides which facet values an article carries.
/// </summary>
public sealed record FacetValues(string? Topic, IReadOnlyList<string> Persons, string Source, string Year, string Month)
{
    public static FacetValues Of(Article article) => new(
        Topic: NormaliseTopic(article.Category),
        Persons: article.Persons
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList(),
        Source: article.Source.Trim(),
        Year: JakartaTime.Year(article.Published),
        Month: JakartaTime.Month(article.Published));

    /// <summary>The input category, trimmed and lower-cased; canonical topics come with the metadata work.</summary>
    public static string? NormaliseTopic(string? category)
    {
        var topic = category?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(topic) ? null : topic;
    }
}
