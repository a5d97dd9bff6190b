using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Bench.Measuring;
using Search.Core.Analysis;
using Search.Core.Discovery;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Bench.Discovery;

/// <summary>
/// In-process latency of related articles (default request, size 5) for random indexed articles, and
/// of drafts of about 20,000 characters made by joining random bodies; after a warm-up round.
/// </summary>
public static class RelatedBenchmark
{
    public const int DraftLength = 20_000;

    public static void Run(string indexPath, int count, int rounds, RelatedOptions options)
    {
        var analyzer = ArticleAnalyzer.Create(new AnalysisOptions(), NullLoggerFactory.Instance);
        using var index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = indexPath }), NullLogger<SearchIndex>.Instance);
        var finder = new RelatedArticleFinder(index, analyzer, Options.Create(options), TimeProvider.System, DraftTagging.For(indexPath));
        var (ids, drafts) = Sample(index, count);
        var request = new RelatedRequest();
        foreach (var id in ids)
        {
            finder.ForArticle(id, request);
        }
        foreach (var draft in drafts)
        {
            finder.ForDraft(draft, request);
        }
        var timings = new List<(string Kind, double Ms, double CpuMs)>();
        for (var round = 0; round < rounds; round++)
        {
            Measure("article by id", ids, id => finder.ForArticle(id, request));
            Measure($"draft of {DraftLength:N0} chars", drafts, draft => finder.ForDraft(draft, request));
        }

        void Measure<T>(string kind, List<T> inputs, Action<T> run)
        {
            foreach (var input in inputs)
            {
                var cpuBefore = ThreadCpu.Milliseconds() ?? 0;
                var clock = Stopwatch.StartNew();
                run(input);
                timings.Add((kind, clock.Elapsed.TotalMilliseconds, (ThreadCpu.Milliseconds() ?? 0) - cpuBefore));
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{index.DocumentCount} documents, {ids.Count} articles and {drafts.Count} drafts × {rounds} rounds after one warm-up round, in process, size 5\n"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores. Wall clock includes waiting for a core on a busy machine; CPU is the request thread's own CPU time (CLOCK_THREAD_CPUTIME_ID).\n"));
        Console.WriteLine("| request | n | wall p50 ms | wall p95 | wall p99 | wall max | CPU p50 ms | CPU p95 | CPU p99 | CPU max |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var group in timings.GroupBy(t => t.Kind))
        {
            var wall = Percentiles.Of(group.Select(t => t.Ms));
            var cpu = Percentiles.Of(group.Select(t => t.CpuMs));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {group.Key} | {wall.Count} | {wall.P50:F2} | {wall.P95:F2} | {wall.P99:F2} | {wall.Max:F2} | {cpu.P50:F2} | {cpu.P95:F2} | {cpu.P99:F2} | {cpu.Max:F2} |"));
        }
    }

    private static (List<string> Ids, List<RelatedDraft> Drafts) Sample(SearchIndex index, int count) => index.Use(searcher =>
    {
        var random = new Random(42);
        var reader = searcher.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        var docs = Enumerable.Range(0, reader.MaxDoc).Where(d => live is null || live.Get(d)).OrderBy(_ => random.Next()).ToList();
        var ids = docs.Take(count).Select(d => searcher.Doc(d).Get(IndexSchema.Id)).ToList();
        var drafts = new List<RelatedDraft>();
        var next = count;
        while (drafts.Count < Math.Max(1, count / 10))
        {
            var first = searcher.Doc(docs[next % docs.Count]);
            var body = new System.Text.StringBuilder();
            while (body.Length < DraftLength)
            {
                body.Append(searcher.Doc(docs[next++ % docs.Count]).Get(IndexSchema.Body)).Append("\n\n");
            }
            drafts.Add(new RelatedDraft { Title = first.Get(IndexSchema.Title), Body = body.ToString(0, DraftLength) });
        }
        return (ids, drafts);
    });
}
