namespace Search.Evaluation.Relevance;

/// <summary>A search system under evaluation, built over the corpus.</summary>
public interface ISearchSystem : IDisposable
{
    string Name { get; }

    /// <summary>How long building its index took.</summary>
    TimeSpan IndexingTime { get; }

    /// <summary>Ids of the ten best articles for a query as typed.</summary>
    IReadOnlyList<string> TopTen(string query);
}
