using System.Diagnostics;
using Search.Bench.Engines;
using Search.Bench.Queries;

namespace Search.Bench.Measuring;

/// <summary>
/// In-process latency of every engine over the same queries, interleaved: each query runs on every
/// engine back to back, the engine that goes first rotating, and each round visits the queries in a
/// new shuffled order, so load from other processes falls on all engines alike.
/// </summary>
public static class LatencyRun
{
    /// <summary>Timings per engine name, then per query kind (and "all").</summary>
    public static Dictionary<string, Dictionary<string, Percentiles>> Run(IReadOnlyList<ISearchEngine> engines, IReadOnlyList<BenchQuery> mix, int rounds, int warmup, Action<string>? log = null)
    {
        foreach (var engine in engines)
        {
            foreach (var query in mix.Take(warmup))
            {
                engine.Search(query);
            }
        }
        var timings = engines.ToDictionary(e => e.Name, _ => new List<(string Kind, double Ms)>());
        var random = new Random(11);
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        for (var round = 0; round < rounds; round++)
        {
            var order = Enumerable.Range(0, mix.Count).OrderBy(_ => random.Next()).ToArray();
            for (var i = 0; i < order.Length; i++)
            {
                var query = mix[order[i]];
                for (var e = 0; e < engines.Count; e++)
                {
                    var engine = engines[(i + round + e) % engines.Count];
                    var start = Stopwatch.GetTimestamp();
                    engine.Search(query);
                    timings[engine.Name].Add((query.Kind, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
                }
            }
            log?.Invoke($"latency round {round + 1}/{rounds} done");
        }
        // Processor time of the whole process (every thread of a split search, and the collector's) per search: steadier than
        // the wall times on a machine others load too.
        var used = (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds;
        log?.Invoke(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"processor time {used / (rounds * mix.Count * engines.Count):F2} ms per search over the rounds"));
        return timings.ToDictionary(
            t => t.Key,
            t => t.Value.GroupBy(x => x.Kind)
                .Select(g => (g.Key, Percentiles.Of(g.Select(x => x.Ms))))
                .Append(("all", Percentiles.Of(t.Value.Select(x => x.Ms))))
                .ToDictionary(x => x.Item1, x => x.Item2));
    }
}
