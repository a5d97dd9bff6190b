namespace Search.Api.Contracts;

/// <summary>An article in a list: enough to link to it, no text.</summary>
public sealed record ArticleReferenceResponse(
    string Id,
    string Title,
    string? Url,
    string Source,
    DateTimeOffset Published,
    string? Topic,
    IReadOnlyList<string> Persons);
