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
        var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var paused = GC.GetTotalPauseDuration();
        var usage = ProcessUsage.Now();
        // Each search's wall time beside the collector's pauses and the process's use inside it: what sets the tail.
        var searches = new List<(double Ms, double PausedMs, ProcessUsage Used)>();
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
                    var usedBefore = ProcessUsage.Now();
                    var start = Stopwatch.GetTimestamp();
                    engine.Search(query);
                    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    var used = ProcessUsage.Now() - usedBefore;
                    timings[engine.Name].Add((query.Kind, ms));
                    searches.Add((ms, (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds, used));
                }
            }
            log?.Invoke($"latency round {round + 1}/{rounds} done");
        }
        // Processor time of the whole process (every thread of a split search, and the collector's) per search: steadier than
        // the wall times on a machine others load too.
        var total = ProcessUsage.Now() - usage;
        log?.Invoke(Inv($"processor time {total.ProcessorMs / (rounds * mix.Count * engines.Count):F2} ms per search over the rounds"));
        var slowest = searches.OrderByDescending(x => x.Ms).Take(Math.Max(1, searches.Count / 100)).ToList();
        log?.Invoke(Inv(
            $"collector: {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms paused over the rounds, collections gen0/1/2 {string.Join("/", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]))}; the slowest 1 % ({slowest.Count} searches, {slowest.Sum(x => x.Ms):F0} ms) held {slowest.Sum(x => x.PausedMs):F0} ms of pauses; page faults that read the disk: {total.MajorFaults}"));
        log?.Invoke($"page faults that read the disk (major) / did not (minor): all searches {searches.Sum(x => x.Used.MajorFaults)} / {searches.Sum(x => x.Used.MinorFaults)}, " +
            $"in the slowest 1 % {slowest.Sum(x => x.Used.MajorFaults)} / {slowest.Sum(x => x.Used.MinorFaults)}; searches with any major fault: {searches.Count(x => x.Used.MajorFaults > 0)}");
        var faulted = searches.Where(x => x.Used.MajorFaults > 0).Select(x => x.Ms).Order().ToList();
        log?.Invoke(Inv(
            $"searches with a major fault: {faulted.Count}, their ms median {(faulted.Count == 0 ? 0 : faulted[faulted.Count / 2]):F1}, slowest {faulted.LastOrDefault():F1}; every search's median {searches.Select(x => x.Ms).Order().ElementAt(searches.Count / 2):F1}"));
        // A search that waited for a core shows involuntary switches and wall time well above its processor time; one that
        // waited for the disk shows major faults and voluntary switches.
        log?.Invoke("slowest 1 % (ms, processor ms, collector ms, major faults, voluntary / involuntary switches): " + string.Join("; ", slowest.Select(x =>
            Inv($"{x.Ms:F1}, {x.Used.ProcessorMs:F1}, {x.PausedMs:F0}, {x.Used.MajorFaults}, {x.Used.Voluntary}/{x.Used.Involuntary}"))));
        var median = searches.OrderBy(x => x.Ms).Skip(searches.Count / 2 - 50).Take(100).ToList();
        log?.Invoke(Inv($"the 100 searches around the median, per search: {median.Average(x => x.Ms):F1} ms, processor {median.Average(x => x.Used.ProcessorMs):F1} ms, switches {median.Average(x => x.Used.Voluntary):F1}/{median.Average(x => x.Used.Involuntary):F1}"));
        return timings.ToDictionary(
            t => t.Key,
            t => t.Value.GroupBy(x => x.Kind)
                .Select(g => (g.Key, Percentiles.Of(g.Select(x => x.Ms))))
                .Append(("all", Percentiles.Of(t.Value.Select(x => x.Ms))))
                .ToDictionary(x => x.Item1, x => x.Item2));
    }

    private static string Inv(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
