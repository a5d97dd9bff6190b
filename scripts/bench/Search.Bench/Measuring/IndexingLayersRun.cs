using System.Diagnostics;
using System.Globalization;
using Search.Bench.Engines;
using Search.Core.Indexing;

namespace Search.Bench.Measuring;

/// <summary>
/// Where our indexing time goes, piece by piece: SQLite FTS5, then Lucene.Net at each <see cref="IndexingLayer"/>
/// (from FTS5's work towards our layout), then our own writer, taking turns over the same JSONL round after
/// round. Prints each run (wall and process CPU seconds), then per contestant its least CPU time, what that
/// adds to the contestant before it, and its articles per second against FTS5's.
/// </summary>
public static class IndexingLayersRun
{
    public static void Run(string corpus, string work, int rounds, SearchOptions options)
    {
        Directory.CreateDirectory(work);
        using var fts = new SqliteFtsEngine(Path.Combine(work, "fts.db"));
        using var ours = new LuceneEngine(Path.Combine(work, "index"), options: options);
        var contestants = new List<(string Name, Func<string, IndexingFigures> Index)> { (fts.Name, fts.Index) };
        contestants.AddRange(Enum.GetValues<IndexingLayer>().Select(layer =>
            ($"Lucene.Net: {layer}", (Func<string, IndexingFigures>)new PlainLuceneIndexing(Path.Combine(work, layer.ToString()), options.RamBufferMb, layer).Index)));
        contestants.Add(("ours (the indexer's writer)", ours.Index));
        var cpu = new Dictionary<string, double>();
        var rate = new Dictionary<string, double>();
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var (name, index) in contestants)
            {
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                var figures = index(corpus);
                var seconds = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}  {name,-34} {figures.Seconds,6:F2} s  {figures.DocsPerSecond,7:F0} articles/s  {figures.IndexBytes / 1048576.0,5:F0} MiB  CPU {seconds,6:F2} s"));
                cpu[name] = Math.Min(cpu.GetValueOrDefault(name, double.MaxValue), seconds);
                rate[name] = Math.Max(rate.GetValueOrDefault(name), figures.DocsPerSecond);
            }
        }
        Console.WriteLine("least CPU of each, what it adds to the one before, best articles/s against FTS5's:");
        string? previous = null;
        foreach (var (name, _) in contestants)
        {
            var adds = previous is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{cpu[name] - cpu[previous],+7:F2} s");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-34} CPU {cpu[name],6:F2} s {adds,9}   {rate[name],7:F0} articles/s = {rate[name] / rate[fts.Name],4:F2}× FTS5"));
            previous = name;
        }
    }
}
