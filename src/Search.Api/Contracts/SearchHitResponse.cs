namespace Search.Api.Contracts;

/// <summary>
/// One hit; <see cref="Snippet"/> is HTML with matches in &lt;mark&gt; and everything else escaped;
/// <see cref="Duplicates"/> counts the near-duplicate copies collapsed into it.
/// </summary>
public sealed record SearchHitResponse(
    string Id,
    string Title,
    string? Url,
    string Source,
    string? Author,
    DateTimeOffset Published,
    string? Topic,
    IReadOnlyList<string> Persons,
    string Snippet,
    int Duplicates);
