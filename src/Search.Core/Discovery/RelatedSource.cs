namespace Search.Core.Discovery;

/// <summary>What related articles are sought for: an indexed article or a draft, and the documents never to return.</summary>
internal sealed record RelatedSource(
    string Title,
    string Body,
    IReadOnlyList<string> Entities,
    string? Topic,
    DateTimeOffset Published,
    IReadOnlySet<int> Excluded);
