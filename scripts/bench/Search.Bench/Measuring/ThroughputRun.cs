using System.Diagnostics;
using Search.Bench.Engines;
using Search.Bench.Queries;

namespace Search.Bench.Measuring;

/// <summary>
/// Closed-loop throughput in process: <c>clients</c> threads each search without pause, cycling through
/// the mix from their own offset. Engines take turns in short slices (A B C A B C ...), so a burst of
/// load from another process costs each about the same.
/// </summary>
public static class ThroughputRun
{
    /// <summary>Searches per second per engine name.</summary>
    public static Dictionary<string, double> Run(IReadOnlyList<ISearchEngine> engines, IReadOnlyList<BenchQuery> mix, int clients, TimeSpan slice, int slices)
    {
        var done = engines.ToDictionary(e => e.Name, _ => 0L);
        var seconds = engines.ToDictionary(e => e.Name, _ => 0.0);
        for (var s = 0; s < slices; s++)
        {
            foreach (var engine in engines)
            {
                var (count, elapsed) = Slice(engine, mix, clients, slice, s);
                done[engine.Name] += count;
                seconds[engine.Name] += elapsed;
            }
        }
        return engines.ToDictionary(e => e.Name, e => done[e.Name] / seconds[e.Name]);
    }

    private static (long Count, double Seconds) Slice(ISearchEngine engine, IReadOnlyList<BenchQuery> mix, int clients, TimeSpan slice, int sliceNumber)
    {
        long count = 0;
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, clients).Select(c => new Thread(() =>
        {
            var i = (c * 37 + sliceNumber * 101) % mix.Count;
            while (clock.Elapsed < slice)
            {
                engine.Search(mix[i]);
                Interlocked.Increment(ref count);
                i = (i + 1) % mix.Count;
            }
        }) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return (count, clock.Elapsed.TotalSeconds);
    }
}
