namespace Search.Core.Searching;

/// <summary>One occurrence of a query term in a text: characters [Start, End) and which term it is.</summary>
public readonly record struct TermOffset(int Start, int End, int Term);
