namespace Search.Core.Searching;

/// <summary>A hit as shown in a result list. <see cref="Snippet"/> is HTML: matches in &lt;mark&gt;, the rest escaped.</summary>
public sealed record SearchHit(
    string Id,
    string Title,
    string? Url,
    string Source,
    string? Author,
    DateTimeOffset Published,
    string? Topic,
    IReadOnlyList<string> Persons,
    string Snippet,
    float Score)
{
    /// <summary>How many near-duplicate copies of this article the hit stands for (collapsed out of the list).</summary>
    public int Duplicates { get; init; }
}
