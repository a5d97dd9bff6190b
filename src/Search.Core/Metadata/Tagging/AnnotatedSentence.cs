namespace Search.Core.Metadata.Tagging;

/// <summary>A sentence with its labelled entity spans: what the tagger is trained on.</summary>
/// <param name="Text">The sentence as running text.</param>
/// <param name="Spans">Character spans and their types ("PERSON", "ORGANISATION", "PLACE", ...).</param>
public sealed record AnnotatedSentence(string Text, IReadOnlyList<AnnotatedSpan> Spans);

/// <summary>One labelled entity: <paramref name="Length"/> characters from <paramref name="Start"/>.</summary>
public readonly record struct AnnotatedSpan(int Start, int Length, string Type);
