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

    public static void Regroup(string indexPath, double threshold)
    {
        using var directory = FSDirectory.Open(indexPath);
        var config = new IndexWriterConfig(IndexSchema.Version, null) { OpenMode = OpenMode.APPEND };
        using var writer = new IndexWriter(directory, config);
        var clock = Stopwatch.StartNew();
        var grouping = NearDuplicateGrouper.Regroup(writer, new DuplicateOptions { Threshold = threshold });
        var grouped = clock.Elapsed;
        writer.Commit();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"threshold {threshold}: {grouping.Groups} groups holding {grouping.GroupedArticles} articles, {grouping.Changed} changed; grouping {grouped.TotalMilliseconds:F0} ms, with commit {clock.Elapsed.TotalMilliseconds:F0} ms"));
    }
}
