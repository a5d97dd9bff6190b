using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Bench;

/// <summary>In-process latency of varied searches with highlighting and all facets, after a warm-up round.</summary>
public static class LatencyBenchmark
{
    public static void Run(string indexPath, int count, int rounds)
    {
        var analyzer = ArticleAnalyzer.Create(new AnalysisOptions(), NullLoggerFactory.Instance);
        using var index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = indexPath }), NullLogger<SearchIndex>.Instance);
        var searcher = new ArticleSearcher(index, analyzer);
        var mix = QueryMix.From(index, count);
        foreach (var (_, request) in mix)
        {
            searcher.Search(request);
        }
        var timings = new List<(string Kind, double Ms)>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (kind, request) in mix)
            {
                var clock = Stopwatch.StartNew();
                searcher.Search(request);
                timings.Add((kind, clock.Elapsed.TotalMilliseconds));
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{index.DocumentCount} documents, {mix.Count} queries × {rounds} rounds after one warm-up round, in process\n"));
        Console.WriteLine("| query kind | n | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var group in timings.GroupBy(t => t.Kind).Append(timings.GroupBy(_ => "**all**").Single()))
        {
            var ms = group.Select(t => t.Ms).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {group.Key} | {ms.Length} | {Percentile(ms, 0.50):F2} | {Percentile(ms, 0.95):F2} | {Percentile(ms, 0.99):F2} | {ms[^1]:F2} |"));
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
