using System.Diagnostics;
using Search.Bench.Engines;
using Search.Bench.Queries;

namespace Search.Bench.Measuring;

/// <summary>
/// In-process latency of every engine over the same queries, interleaved: each query runs on every
/// engine back to back, the engine that goes first rotating, and each round visits the queries in a
/// new shuffled order, so load from other processes falls on all engines alike. Before timing, every engine answers
/// a warm-up of other queries (a draw of the mix with another seed), as a server has answered others before: the
/// runtime has compiled its hot code for good, and no cache holds a timed query's answer from its warm-up.
/// </summary>
public static class LatencyRun
{
    /// <summary>The seed of the warm-up's draw (the timed mix is drawn with the generator's default).</summary>
    public const int WarmupSeed = 4242;

    /// <summary>Timings per engine name, then per query kind (and "all").</summary>
    public static Dictionary<string, Dictionary<string, Percentiles>> Run(
        IReadOnlyList<ISearchEngine> engines, IReadOnlyList<BenchQuery> mix, int rounds, IReadOnlyList<BenchQuery> warmup, Action<string>? log = null)
    {
        var timed = mix.Select(q => q.ToUrlPath()).ToHashSet(StringComparer.Ordinal);
        log?.Invoke($"warm-up: {warmup.Count} queries of another draw ({warmup.Count(q => timed.Contains(q.ToUrlPath()))} of them also timed)");
        foreach (var engine in engines)
        {
            foreach (var query in warmup)
            {
                engine.Search(query);
            }
        }
        var timings = engines.ToDictionary(e => e.Name, _ => new List<(string Kind, double Ms)>());
        var random = new Random(11);
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var paused = GC.GetTotalPauseDuration();
        var faults = MajorPageFaults();
        // Each search's wall time beside the collector's pauses inside it: what sets the tail.
        var searches = new List<(double Ms, double PausedMs)>();
        for (var round = 0; round < rounds; round++)
        {
            var order = Enumerable.Range(0, mix.Count).OrderBy(_ => random.Next()).ToArray();
            for (var i = 0; i < order.Length; i++)
            {
                var query = mix[order[i]];
                for (var e = 0; e < engines.Count; e++)
                {
                    var engine = engines[(i + round + e) % engines.Count];
                    var pausedBefore = GC.GetTotalPauseDuration();
                    var start = Stopwatch.GetTimestamp();
                    engine.Search(query);
                    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    timings[engine.Name].Add((query.Kind, ms));
                    searches.Add((ms, (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds));
                }
            }
            log?.Invoke($"latency round {round + 1}/{rounds} done");
        }
        // Processor time of the whole process (every thread of a split search, and the collector's) per search: steadier than
        // the wall times on a machine others load too.
        var used = (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds;
        log?.Invoke(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"processor time {used / (rounds * mix.Count * engines.Count):F2} ms per search over the rounds"));
        var slowest = searches.OrderByDescending(x => x.Ms).Take(Math.Max(1, searches.Count / 100)).ToList();
        log?.Invoke(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"collector: {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms paused over the rounds, collections gen0/1/2 {string.Join("/", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]))}; the slowest 1 % ({slowest.Count} searches, {slowest.Sum(x => x.Ms):F0} ms) held {slowest.Sum(x => x.PausedMs):F0} ms of pauses; page faults that read the disk: {MajorPageFaults() - faults}"));
        return timings.ToDictionary(
            t => t.Key,
            t => t.Value.GroupBy(x => x.Kind)
                .Select(g => (g.Key, Percentiles.Of(g.Select(x => x.Ms))))
                .Append(("all", Percentiles.Of(t.Value.Select(x => x.Ms))))
                .ToDictionary(x => x.Item1, x => x.Item2));
    }

    /// <summary>The process's page faults that had to read from disk so far (Linux's /proc/self/stat); 0 where there is none.</summary>
    private static long MajorPageFaults()
    {
        const string stat = "/proc/self/stat";
        if (!File.Exists(stat))
        {
            return 0;
        }
        // Fields after the command's closing parenthesis: state is the 3rd field of the line, majflt the 12th.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[9], System.Globalization.CultureInfo.InvariantCulture);
    }
}
