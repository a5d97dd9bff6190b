using Search.Bench.Queries;

namespace Search.Bench.Engines;

/// <summary>
/// One contestant: builds its index from a corpus file and answers <see cref="BenchQuery"/>s doing the
/// same work as the others (the page of hits with a snippet each, the total, multi-select facet counts).
/// <see cref="Search"/> is safe to call from many threads.
/// </summary>
public interface ISearchEngine : IDisposable
{
    string Name { get; }

    /// <summary>What it counts facets of, for the report.</summary>
    string Work { get; }

    IndexingFigures Index(string corpusPath);

    EngineAnswer Search(BenchQuery query);
}

/// <summary>What a search returned, enough to check it did the work.</summary>
public sealed record EngineAnswer(long Total, int Hits, int SnippetChars, int FacetValues);

/// <summary>One indexing run: articles in, wall time, index bytes on disk.</summary>
public sealed record IndexingFigures(long Documents, double Seconds, long CorpusBytes, long IndexBytes)
{
    public double DocsPerSecond => Documents / Seconds;

    public double MegabytesPerSecond => CorpusBytes / 1048576.0 / Seconds;
}
