namespace Search.Core.Metadata;

/// <summary>The topic of an article and how the words of the article spread over all topics.</summary>
/// <param name="Topic">The canonical topic id, e.g. "internasional".</param>
/// <param name="Scores">Each topic's share of the article's topic words (summing to 1, or all 0 when none was found).</param>
/// <param name="Basis">What decided <paramref name="Topic"/>.</param>
public sealed record TopicAssignment(string Topic, IReadOnlyDictionary<string, double> Scores, TopicBasis Basis);
