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
        var faults = PageFaults();
        // Each search's wall time beside the collector's pauses and the page faults inside it: what sets the tail.
        var searches = new List<(double Ms, double PausedMs, long Major, long Minor)>();
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
                    var faultsBefore = PageFaults();
                    var start = Stopwatch.GetTimestamp();
                    engine.Search(query);
                    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    var faultsAfter = PageFaults();
                    timings[engine.Name].Add((query.Kind, ms));
                    searches.Add((ms, (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds,
                        faultsAfter.Major - faultsBefore.Major, faultsAfter.Minor - faultsBefore.Minor));
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
            $"collector: {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms paused over the rounds, collections gen0/1/2 {string.Join("/", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]))}; the slowest 1 % ({slowest.Count} searches, {slowest.Sum(x => x.Ms):F0} ms) held {slowest.Sum(x => x.PausedMs):F0} ms of pauses; page faults that read the disk: {PageFaults().Major - faults.Major}"));
        log?.Invoke($"page faults that read the disk (major) / did not (minor): all searches {searches.Sum(x => x.Major)} / {searches.Sum(x => x.Minor)}, " +
            $"in the slowest 1 % {slowest.Sum(x => x.Major)} / {slowest.Sum(x => x.Minor)}; searches with any major fault: {searches.Count(x => x.Major > 0)}");
        var faulted = searches.Where(x => x.Major > 0).Select(x => x.Ms).Order().ToList();
        log?.Invoke(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"searches with a major fault: {faulted.Count}, their ms median {(faulted.Count == 0 ? 0 : faulted[faulted.Count / 2]):F1}, slowest {faulted.LastOrDefault():F1}; every search's median {searches.Select(x => x.Ms).Order().ElementAt(searches.Count / 2):F1}"));
        log?.Invoke("slowest 1 % (ms, collector ms, major, minor faults): " + string.Join("; ", slowest.Select(x =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{x.Ms:F1}, {x.PausedMs:F0}, {x.Major}, {x.Minor}"))));
        return timings.ToDictionary(
            t => t.Key,
            t => t.Value.GroupBy(x => x.Kind)
                .Select(g => (g.Key, Percentiles.Of(g.Select(x => x.Ms))))
                .Append(("all", Percentiles.Of(t.Value.Select(x => x.Ms))))
                .ToDictionary(x => x.Item1, x => x.Item2));
    }

    /// <summary>
    /// The process's page faults so far (Linux's /proc/self/stat): major ones had to read the disk, minor ones found the
    /// page in memory; 0 where there is no such file.
    /// </summary>
    private static (long Major, long Minor) PageFaults()
    {
        const string stat = "/proc/self/stat";
        if (!File.Exists(stat))
        {
            return (0, 0);
        }
        // Fields after the command's closing parenthesis: state is the 3rd field of the line, minflt the 10th, majflt the 12th.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[9], System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(fields[7], System.Globalization.CultureInfo.InvariantCulture));
    }
}
