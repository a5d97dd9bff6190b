namespace Search.Core.Searching;

/// <summary>One page of hits with facet counts for every dimension.</summary>
public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    TimeSpan Took)
{
    /// <summary>The query with likely misspellings corrected, when it found few or no articles; otherwise null.</summary>
    public string? Suggestion { get; init; }

    /// <summary>Where the next page starts when there are more hits; null on the last page.</summary>
    public SearchCursor? Next { get; init; }
}
