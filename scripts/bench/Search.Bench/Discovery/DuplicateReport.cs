using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Discovery;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Bench.Discovery;

/// <summary>
/// Near-duplicate groups of an index: how many, their sizes, and random example groups; and a
/// regrouping pass over an existing index (to time it, or to try another threshold without reindexing).
/// </summary>
public static class DuplicateReport
{
    public static void Print(string indexPath, int examples, int seed)
    {
        using var index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = indexPath }), NullLogger<SearchIndex>.Instance);
        index.Use(searcher =>
        {
            var groups = DuplicateGroups.Of(searcher.IndexReader);
            var byGroup = Enumerable.Range(0, searcher.IndexReader.MaxDoc)
                .Where(doc => groups.GroupOf(doc) != DuplicateGroups.None)
                .GroupBy(groups.GroupOf)
                .Select(g => g.ToList())
                .OrderBy(g => g[0])
                .ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{searcher.IndexReader.NumDocs} documents; {byGroup.Count} near-duplicate groups holding {byGroup.Sum(g => g.Count)} articles"));
            Console.WriteLine("group size: " + string.Join(", ", byGroup.GroupBy(g => g.Count).OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Count()}")));
            var crossSource = byGroup.Count(g => g.Select(doc => searcher.Doc(doc).Get(IndexSchema.Source)).Distinct().Count() > 1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"groups spanning more than one source: {crossSource}\n"));
            var random = new Random(seed);
            foreach (var group in byGroup.OrderBy(_ => random.Next()).Take(examples))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- group of {group.Count}:"));
                foreach (var doc in group)
                {
                    var stored = searcher.Doc(doc);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  - {stored.Get(IndexSchema.Published)[..16]} {stored.Get(IndexSchema.Source)} [{stored.Get(IndexSchema.Id)}] {stored.Get(IndexSchema.Title)}"));
                }
            }
            return 0;
        });
    }

    /// <summary>Regroups the whole index, or (with <paramref name="around"/>) only around those articles, as a live write does.</summary>
    public static void Regroup(string indexPath, double threshold, IReadOnlyList<string> around)
    {
        using var directory = ExclusiveFileLockFactory.OpenDirectory(IndexLayout.LiveDirectory(Path.GetFullPath(indexPath)));
        var config = new IndexWriterConfig(IndexSchema.Version, null) { OpenMode = OpenMode.APPEND };
        using var writer = new IndexWriter(directory, config);
        using var before = DirectoryReader.Open(writer, applyAllDeletes: true);
        var options = new DuplicateOptions { Threshold = threshold };
        Func<DuplicateGrouping> regroup = around.Count == 0
            ? () => NearDuplicateGrouper.Regroup(writer, options)
            : () => NearDuplicateGrouper.RegroupAround(writer, new Lucene.Net.Search.IndexSearcher(before), around, options);
        var clock = Stopwatch.StartNew();
        var grouping = regroup();
        var grouped = clock.Elapsed;
        var warm = Enumerable.Range(0, 3).Select(_ =>
        {
            var again = Stopwatch.StartNew();
            regroup();
            return again.Elapsed.TotalMilliseconds;
        }).Min();
        writer.Commit();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"threshold {threshold}{(around.Count == 0 ? "" : $", around {string.Join(' ', around)}")}: {grouping.Groups} groups holding {grouping.GroupedArticles} articles, {grouping.Changed} changed; grouping {grouped.TotalMilliseconds:F0} ms (best of three more, warm: {warm:F0} ms)"));
    }
}
