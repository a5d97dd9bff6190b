namespace Search.Core.Searching;

/// <summary>
/// A validated search. Filters are keyed by facet dimension name ("topic", "person", "source");
/// values within a dimension are OR-ed, dimensions are AND-ed. Dates are Asia/Jakarta calendar days, inclusive.
/// </summary>
public sealed record SearchRequest
{
    public string Query { get; init; } = "";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>With relevance order, a mild preference for recent articles (<see cref="RecencyBoost"/>); pure BM25 otherwise.</summary>
    public bool Recency { get; init; }

    /// <summary>Continue after this cursor instead of paging (<see cref="Page"/> is then 1); its sort must be <see cref="Sort"/>.</summary>
    public SearchCursor? After { get; init; }

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    public int Size { get; init; } = 10;

    /// <summary>How many values each facet dimension returns.</summary>
    public int FacetSize { get; init; } = 20;
}
