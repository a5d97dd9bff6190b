namespace Search.Core.Metadata;

/// <summary>One place in a text where an entity is named.</summary>
/// <param name="Kind">Person, organisation or place.</param>
/// <param name="Text">The words as written there.</param>
/// <param name="Start">Offset of the first character in the text.</param>
/// <param name="Length">Number of characters.</param>
public sealed record EntityMention(EntityKind Kind, string Text, int Start, int Length);
