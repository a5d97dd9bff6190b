namespace Search.Core.Discovery;

/// <summary>Related coverage of a draft, with the persons, organisations and topic the draft would be tagged with.</summary>
public sealed record DraftRelatedResult(
    IReadOnlyList<string> Persons,
    IReadOnlyList<string> Orgs,
    string? Topic,
    IReadOnlyList<RelatedArticle> Articles,
    TimeSpan Took);
