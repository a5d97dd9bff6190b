namespace Search.Core.Suggest;

/// <summary>A headline that completes what was typed, with the article it belongs to.</summary>
public sealed record TitleSuggestion(string Id, string Title);
