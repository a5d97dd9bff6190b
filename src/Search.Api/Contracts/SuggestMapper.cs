using Search.Core.Suggest;

namespace Search.Api.Contracts;

/// <summary>Maps Core completions to the HTTP contract.</summary>
public static class SuggestMapper
{
    public static SuggestResponse ToResponse(this Completions completions) => new(
        completions.Titles.Select(t => new TitleSuggestionResponse(t.Id, t.Title)).ToList(),
        completions.Persons.Select(p => new FacetValueResponse(p.Value, p.Count)).ToList(),
        completions.Topics.Select(t => new FacetValueResponse(t.Value, t.Count)).ToList());
}
