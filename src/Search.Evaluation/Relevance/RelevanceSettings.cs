namespace Search.Evaluation.Relevance;

/// <summary>How the relevance evaluation samples its queries.</summary>
/// <param name="Articles">Target articles; each gets one query of every type.</param>
/// <param name="Seed">Seed of every random choice: the same seed gives the same queries.</param>
/// <param name="Misspellings">Generated misspellings for the did-you-mean check.</param>
/// <param name="Completions">Typed prefixes for the autocomplete latency check.</param>
/// <param name="Systems">Keys of the systems to build (<c>product</c>, <c>analyzer</c>, <c>tala</c>, <c>standard</c>, <c>fts5</c>); null for all.</param>
/// <param name="DumpPath">When set, a TSV of every query's rank and ten best ids per system is written there.</param>
public sealed record RelevanceSettings(int Articles = 1000, int Seed = 42, int Misspellings = 400, int Completions = 5000,
    IReadOnlySet<string>? Systems = null, string? DumpPath = null)
{
    /// <summary>Fewest and most salient words in a type (b) query.</summary>
    public const int MinWords = 3, MaxWords = 5;

    /// <summary>Fewest words a type (c) query writes in another form.</summary>
    public const int MinReplaced = 2;

    /// <summary>Shortest salient word.</summary>
    public const int MinWordLength = 5;

    /// <summary>Query words occur in at least this many articles (so a word is never a typo).</summary>
    public const int MinDocumentFrequency = 2;
}
