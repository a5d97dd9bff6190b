namespace Search.Api.Contracts;

/// <summary>A person, organisation or place found in a text.</summary>
public sealed record EntityResponse(string Name, IReadOnlyList<string> Aliases, int Mentions);
