namespace Search.Core.Searching;

/// <summary>Result order.</summary>
public enum SearchSort
{
    /// <summary>BM25 score, ties by newest.</summary>
    Relevance,
    Newest,
    Oldest,
}
