using Search.Core.Searching;

namespace Search.Core.Suggest;

/// <summary>What completes a typed prefix: headlines, person names and topics, most popular first.</summary>
public sealed record Completions(
    IReadOnlyList<TitleSuggestion> Titles,
    IReadOnlyList<FacetCount> Persons,
    IReadOnlyList<FacetCount> Topics)
{
    public static Completions None { get; } = new([], [], []);
}
