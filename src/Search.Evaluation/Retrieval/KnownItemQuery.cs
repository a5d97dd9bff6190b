namespace Search.Evaluation.Retrieval;

/// <summary>
/// A known-item query: rare words of one article's body, and the same words each replaced by
/// another affix form of its root found in the corpus (pertemuan → bertemu).
/// </summary>
public sealed record KnownItemQuery(string TargetId, IReadOnlyList<string> Words, IReadOnlyList<string> Variants);
