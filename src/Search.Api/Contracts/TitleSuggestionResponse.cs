namespace Search.Api.Contracts;

/// <summary>A headline that completes the typed text, and the id of its article.</summary>
public sealed record TitleSuggestionResponse(string Id, string Title);
