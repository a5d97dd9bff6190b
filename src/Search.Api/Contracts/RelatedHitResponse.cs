namespace Search.Api.Contracts;

/// <summary>
/// A related article: its fused score, how many near-duplicate copies it stands for, and the persons
/// (or organisations) it shares with the source.
/// </summary>
public sealed record RelatedHitResponse(
    string Id,
    string Title,
    string? Url,
    string Source,
    DateTimeOffset Published,
    string? Topic,
    IReadOnlyList<string> Persons,
    double Score,
    int Duplicates,
    IReadOnlyList<string> SharedEntities);
