using Search.Core.Articles;

namespace Search.Core.Indexing;

/// <summary>
/// The one place that decides which facet values an article carries.
/// </summary>
public sealed record FacetValues(
    string? Topic,
    IReadOnlyList<string> Persons,
    string Source,
    string Year,
    string Month,
    IReadOnlyList<string> Orgs,
    IReadOnlyList<string> Places)
{
    public static FacetValues Of(Article article) => new(
        Topic: NormaliseTopic(article.Topic ?? article.Category),
        Persons: Distinct(article.Persons),
        Source: article.Source.Trim(),
        Year: JakartaTime.Year(article.Published),
        Month: JakartaTime.Month(article.Published),
        Orgs: Distinct(article.Orgs),
        Places: Distinct(article.Places));

    /// <summary>The canonical topic, or else the input category, trimmed and lower-cased.</summary>
    public static string? NormaliseTopic(string? category)
    {
        var topic = category?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(topic) ? null : topic;
    }

    private static List<string> Distinct(IEnumerable<string> names) => names
        .Select(n => n.Trim())
        .Where(n => n.Length > 0)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();
}
