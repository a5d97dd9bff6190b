using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Bench;
using Search.Bench.Corpus;
using Search.Bench.Profiling;
using Search.Bench.Queries;
using Search.Bench.Verification;
using Search.Core.Analysis;
using Search.Core.Indexing;
using Search.Core.Searching;

// Search.Bench corpus  --source <dir|file>... --count N --out <file.jsonl>
// Search.Bench run     --corpus <file.jsonl> --work <dir> --out <dir> [--queries 500] [--rounds 3] [--pg <connection string>]
//                      [--api <Search.Api.dll>] [--clients 1,8,32] [--slice 3] [--slices 3] [--wrk-seconds 10] [--warmup 400]
// Search.Bench http    --out <report dir> --work <dir> --api <Search.Api.dll> [--wrk-seconds 10]   (HTTP part again, report rewritten)
// Search.Bench profile --index <dir> --corpus <file.jsonl> [--queries 200] [--rounds 2]   (time per search stage, ours)
// Search.Bench latency --index <dir> [<dir>...] --corpus <file.jsonl> [--queries 200] [--rounds 2] [--slowest N] [--resident tim,doc|none]   (ours only, per class; several indexes interleaved)
// Search.Bench indexing --corpus <file.jsonl> --work <dir> [--rounds 3] [--ram-mb 128] [--commit-every 10000] [--merge-to 1] [--metadata <index root>]   (indexing alone, ours and SQLite FTS5 taking turns; our stages)
// Search.Bench indexing-layers --corpus <file.jsonl> --work <dir> [--rounds 2] [--ram-mb 128]   (FTS5, Lucene.Net layer by layer towards our layout, ours: what each piece costs)
// Search.Bench metadata-cost --corpus <file.jsonl> --metadata <index root> [--rounds 2] [--dump <file>] [--threads 4]   (entities and topic on one thread, and entities on N threads as indexing runs them: CPU and bytes per article, hash of outputs; the outputs themselves to cmp)
// Search.Bench throughput --index <dir> --corpus <file.jsonl> [--clients 2] [--seconds 10]   (ours only, for tracing)
// Search.Bench pass-cost --index <dir> --query <text> [<text>...]   (thread ms of one whole-index pass, piece by piece; Lucene's disjunctions beside ours)
// Search.Bench answers --index <dir> --corpus <file.jsonl> --out <file.jsonl> [--queries 400]   (every answer of the mix, to compare builds with cmp)
// Search.Bench verify  --index <dir> --corpus <file.jsonl> [--queries 400] [--show N]   (fast paths mark the same matches and give the same counts)
// Search.Bench duplicates|regroup|related|related-quality --index <dir> ...   (near-duplicates and related articles: Discovery/DiscoveryVerbs.cs)
var arguments = new BenchArguments(args);
try
{
    switch (args.FirstOrDefault())
    {
        case "corpus":
            var bytes = CorpusScaler.Write(arguments.All("--source"), arguments.Int("--count", 10_000), arguments.Required("--out"));
            Console.WriteLine($"wrote {arguments.Required("--out")} ({bytes / 1048576.0:F0} MiB)");
            return 0;
        case "run":
            var report = BenchmarkRun.Run(new BenchSettings
            {
                Corpus = arguments.Required("--corpus"),
                WorkDir = arguments.Required("--work"),
                OutDir = arguments.Required("--out"),
                Queries = arguments.Int("--queries", 500),
                Rounds = arguments.Int("--rounds", 3),
                Warmup = arguments.Int("--warmup", 400),
                Postgres = arguments.Value("--pg"),
                ApiDll = arguments.Value("--api"),
                IndexerDll = arguments.Value("--indexer"),
                Clients = (arguments.Value("--clients") ?? "1,8,32").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray(),
                SliceSeconds = double.Parse(arguments.Value("--slice") ?? "3", CultureInfo.InvariantCulture),
                Slices = arguments.Int("--slices", 3),
                WrkSeconds = arguments.Int("--wrk-seconds", 10),
                Command = "Search.Bench " + string.Join(' ', args),
            }, message => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}"));
            Console.WriteLine($"report: {Path.Combine(arguments.Required("--out"), "report.md")} ({report.Articles} articles)");
            return 0;
        case "http":
            BenchmarkRun.RerunHttp(arguments.Required("--out"), arguments.Required("--work"), arguments.Required("--api"),
                arguments.Int("--wrk-seconds", 10), message => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}"));
            return 0;
        case "latency":
            {
                // Several --index values run interleaved query by query, so load from elsewhere falls on each alike.
                var paths = arguments.All("--index");
                // --resident "tim,doc" overrides which index files are kept in memory (SearchOptions.ResidentFiles; "none" keeps none).
                var resident = arguments.Value("--resident") is { } r ? new SearchOptions { ResidentFiles = r == "none" ? "" : r } : null;
                var engines = paths.Select(p => new Search.Bench.Engines.LuceneEngine(p, paths.Count > 1 ? p : null, resident)).ToList();
                var mix = QueryMixGenerator.From(arguments.Required("--corpus"), arguments.Int("--queries", 200));
                var all = Search.Bench.Measuring.LatencyRun.Run(engines, mix, arguments.Int("--rounds", 2), QueryMixGenerator.From(arguments.Required("--corpus"), arguments.Int("--warmup", 400), Search.Bench.Measuring.LatencyRun.WarmupSeed), Console.WriteLine);
                foreach (var engine in engines)
                {
                    var timings = all[engine.Name];
                    Console.WriteLine($"{engine.Name}\n| query class | n | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|");
                    foreach (var kind in QueryMixGenerator.Kinds.Append("all").Where(timings.ContainsKey))
                    {
                        var p = timings[kind];
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {p.Count} | {p.P50:F2} | {p.P95:F2} | {p.P99:F2} | {p.Max:F2} |"));
                    }
                    if (arguments.Int("--slowest", 0) is var slowest and > 0)
                    {
                        // The fastest of five runs of each query: what the query costs itself, without the machine's noise.
                        Console.WriteLine($"slowest {slowest} queries (best of 5 runs, ms):");
                        foreach (var (query, ms) in mix.Select(q => (q, Enumerable.Range(0, 5).Min(_ => Time(engine, q)))).OrderByDescending(x => x.Item2).Take(slowest))
                        {
                            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ms,8:F2}  {query.Kind}: {Uri.UnescapeDataString(query.ToUrlPath())}"));
                        }
                    }
                    engine.Dispose();
                }
                return 0;
            }
        case "indexing":
            Search.Bench.Measuring.IndexingRun.Run(arguments.Required("--corpus"), arguments.Required("--work"), arguments.Int("--rounds", 3), new SearchOptions
            {
                RamBufferMb = arguments.Int("--ram-mb", (int)new SearchOptions().RamBufferMb),
                CommitEvery = arguments.Int("--commit-every", ArticleIndexer.DefaultCommitEvery),
                MergeTo = arguments.Int("--merge-to", ArticleIndexer.DefaultMergeTo),
            }, arguments.Value("--metadata"), arguments.Value("--indexer"));
            return 0;
        case "indexing-layers":
            Search.Bench.Measuring.IndexingLayersRun.Run(arguments.Required("--corpus"), arguments.Required("--work"), arguments.Int("--rounds", 2), new SearchOptions
            {
                RamBufferMb = arguments.Int("--ram-mb", (int)new SearchOptions().RamBufferMb),
            });
            return 0;
        case "metadata-cost":
            Search.Bench.Measuring.MetadataCostRun.Run(arguments.Required("--corpus"), arguments.Required("--metadata"), arguments.Int("--rounds", 2), arguments.Value("--dump"), arguments.Int("--threads", 1), arguments.Int("--learning-rounds", 1));
            return 0;
        case "throughput":
            using (var engine = new Search.Bench.Engines.LuceneEngine(arguments.Required("--index")))
            {
                var mix = QueryMixGenerator.From(arguments.Required("--corpus"), arguments.Int("--queries", 200));
                var qps = Search.Bench.Measuring.ThroughputRun.Run([engine], mix, arguments.Int("--clients", 2), TimeSpan.FromSeconds(arguments.Int("--seconds", 10)), 1);
                Console.WriteLine($"{qps[engine.Name]:F0} searches/s");
                return 0;
            }
        case "profile":
        case "verify":
        case "answers":
        case "pass-cost":
            var analyzer = ArticleAnalyzer.Create(new AnalysisOptions(), NullLoggerFactory.Instance);
            using (var index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = arguments.Required("--index") }), NullLogger<SearchIndex>.Instance))
            {
                if (args[0] == "pass-cost")
                {
                    PassCost.Run(index, analyzer, arguments.All("--query"));
                    return 0;
                }
                var mix = QueryMixGenerator.From(arguments.Required("--corpus"), arguments.Int("--queries", 200))
                    .Select(q => (q.Kind, q.ToSearchRequest())).ToList();
                if (args[0] == "answers")
                {
                    return AnswerDump.Run(index, analyzer, mix, arguments.Required("--out"));
                }
                if (args[0] == "verify")
                {
                    return OptimisationCheck.Run(index, analyzer, mix, arguments.Int("--show", 0));
                }
                StageProfiler.Run(index, analyzer, mix, arguments.Int("--rounds", 2));
                return 0;
            }
        case var verb when Search.Bench.Discovery.DiscoveryVerbs.Names.Contains(verb):
            return Search.Bench.Discovery.DiscoveryVerbs.Run(verb!, arguments);
        default:
            Console.Error.WriteLine("usage: Search.Bench corpus|run|profile|verify|duplicates|regroup|related|related-quality ... (see scripts/bench/README.md)");
            return 2;
    }
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

static double Time(Search.Bench.Engines.LuceneEngine engine, BenchQuery query)
{
    var start = System.Diagnostics.Stopwatch.GetTimestamp();
    engine.Search(query);
    return System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
}
