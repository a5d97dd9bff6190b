using Search.Bench.Engines;
using Search.Bench.Measuring;

namespace Search.Bench.Reporting;

/// <summary>Everything one run measured; serialised as the JSON report and rendered as Markdown.</summary>
public sealed record BenchReport
{
    public required DateTimeOffset Started { get; init; }
    public required string Machine { get; init; }
    public required string CorpusPath { get; init; }
    public required long Articles { get; init; }
    public required long CorpusBytes { get; init; }
    public required int Queries { get; init; }
    public required int Rounds { get; init; }
    public required string Command { get; init; }

    /// <summary>Engine names in report order; ours first.</summary>
    public required IReadOnlyList<string> Engines { get; init; }
    public required IReadOnlyDictionary<string, string> Work { get; init; }
    public required IReadOnlyDictionary<string, IndexingFigures> Indexing { get; init; }
    public required IReadOnlyDictionary<string, Dictionary<string, Percentiles>> Latency { get; init; }

    /// <summary>Searches/s in process per client count, per engine.</summary>
    public required IReadOnlyDictionary<int, Dictionary<string, double>> Throughput { get; init; }
    public HttpFigures? Http { get; init; }
    public required IReadOnlyList<string> Notes { get; init; }
}
