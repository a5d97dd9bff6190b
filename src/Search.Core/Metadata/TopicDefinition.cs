namespace Search.Core.Metadata;

/// <summary>One canonical topic: its facet value, its display label and what it covers.</summary>
/// <param name="Id">Facet value, e.g. "sepak-bola".</param>
/// <param name="Label">Display label, e.g. "Sepak Bola".</param>
/// <param name="About">What belongs to it.</param>
public sealed record TopicDefinition(string Id, string Label, string About);
