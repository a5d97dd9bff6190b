namespace Search.Core.Discovery;

/// <summary>An article as a list shows it: enough to link to it, no text.</summary>
public sealed record ArticleReference(
    string Id,
    string Title,
    string? Url,
    string Source,
    DateTimeOffset Published,
    string? Topic,
    IReadOnlyList<string> Persons);
