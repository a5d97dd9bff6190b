namespace Search.Evaluation.Retrieval;

/// <summary>How known-item queries are drawn.</summary>
/// <param name="Sample">Number of queries (articles).</param>
/// <param name="Seed">Seed of the random choices; the same seed gives the same queries.</param>
/// <param name="WordsPerQuery">Rare body words per query.</param>
/// <param name="MaxDocumentFrequency">A word is rare when at most this many articles contain it.</param>
public sealed record SamplerSettings(int Sample, int Seed, int WordsPerQuery = 4, int MaxDocumentFrequency = 20)
{
    /// <summary>Shortest query word.</summary>
    public const int MinWordLength = 5;

    /// <summary>Query words and their variants occur in at least this many articles (no typos).</summary>
    public const int MinDocumentFrequency = 2;
}
