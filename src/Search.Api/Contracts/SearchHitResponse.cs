namespace Search.Api.Contracts;

/// <summary>One hit; <see cref="Snippet"/> is HTML with matches in &lt;mark&gt; and everything else escaped.</summary>
public sealed record SearchHitResponse(
    string Id,
    string Title,
    string? Url,
    string Source,
    string? Author,
    DateTimeOffset Published,
    string? Topic,
    IReadOnlyList<string> Persons,
    string Snippet);
