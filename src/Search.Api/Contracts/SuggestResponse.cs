namespace Search.Api.Contracts;

/// <summary>The body of <c>GET /api/suggest</c>: completions of what was typed, most popular first.</summary>
public sealed record SuggestResponse(
    IReadOnlyList<TitleSuggestionResponse> Titles,
    IReadOnlyList<FacetValueResponse> Persons,
    IReadOnlyList<FacetValueResponse> Topics);
