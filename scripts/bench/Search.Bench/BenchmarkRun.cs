using System.Globalization;
using System.Text.Json;
using Search.Bench.Engines;
using Search.Bench.Measuring;
using Search.Bench.Queries;
using Search.Bench.Reporting;

namespace Search.Bench;

/// <summary>What one <c>run</c> does, from the command line.</summary>
public sealed record BenchSettings
{
    public required string Corpus { get; init; }
    public required string WorkDir { get; init; }
    public required string OutDir { get; init; }
    public int Queries { get; init; } = 500;
    public int Rounds { get; init; } = 3;
    public int Warmup { get; init; } = 400;
    public string? Postgres { get; init; }
    public string? ApiDll { get; init; }

    /// <summary>When given, our index is built by this indexer binary in a new process (<see cref="IndexerProcess"/>), as users build it.</summary>
    public string? IndexerDll { get; init; }
    public int[] Clients { get; init; } = [1, 8, 32];
    public double SliceSeconds { get; init; } = 3;
    public int Slices { get; init; } = 3;
    public int WrkSeconds { get; init; } = 10;
    public string Command { get; init; } = "";
}

/// <summary>
/// One benchmark run over one corpus: index it with every engine, time the query mix on all of them
/// interleaved, measure throughput in process, then the API over HTTP, and write report.md and report.json.
/// </summary>
public static class BenchmarkRun
{
    public static BenchReport Run(BenchSettings settings, Action<string> log)
    {
        var started = DateTimeOffset.UtcNow;
        settings = settings with
        {
            Corpus = Path.GetFullPath(settings.Corpus),
            WorkDir = Path.GetFullPath(settings.WorkDir),
            OutDir = Path.GetFullPath(settings.OutDir),
            ApiDll = settings.ApiDll is null ? null : Path.GetFullPath(settings.ApiDll),
            IndexerDll = settings.IndexerDll is null ? null : Path.GetFullPath(settings.IndexerDll),
        };
        Directory.CreateDirectory(settings.WorkDir);
        Directory.CreateDirectory(settings.OutDir);
        var mix = QueryMixGenerator.From(settings.Corpus, settings.Queries);
        File.WriteAllText(Path.Combine(settings.OutDir, "queries.json"), JsonSerializer.Serialize(mix, JsonOptions));
        log($"{mix.Count} queries generated");

        var lucene = new LuceneEngine(Path.Combine(settings.WorkDir, "lucene"), indexerDll: settings.IndexerDll);
        var engines = new List<ISearchEngine> { lucene, new SqliteFtsEngine(Path.Combine(settings.WorkDir, "fts5.db")) };
        if (settings.Postgres is not null)
        {
            engines.Add(new PostgresFtsEngine(settings.Postgres));
        }
        var notes = new List<string>
        {
            Inv($"Machine shared with other engineers' builds (load average at start {LoadAverage()}): absolute figures are noisy; compare the ratios, which come from engines measured in the same invocation, latency interleaved query by query and throughput in alternating slices."),
        };
        try
        {
            var indexing = new Dictionary<string, IndexingFigures>();
            foreach (var engine in engines)
            {
                log($"indexing with {engine.Name} ...");
                indexing[engine.Name] = engine.Index(settings.Corpus);
                log(Inv($"{engine.Name}: {indexing[engine.Name].Documents} articles in {indexing[engine.Name].Seconds:F1} s"));
            }
            var latency = LatencyRun.Run(engines, mix, settings.Rounds, QueryMixGenerator.From(settings.Corpus, settings.Warmup, LatencyRun.WarmupSeed), log);
            var throughput = new Dictionary<int, Dictionary<string, double>>();
            foreach (var clients in settings.Clients)
            {
                throughput[clients] = ThroughputRun.Run(engines, mix, clients, TimeSpan.FromSeconds(settings.SliceSeconds), settings.Slices);
                log($"throughput at {clients} clients: {string.Join(", ", throughput[clients].Select(t => Inv($"{t.Key} {t.Value:F0}/s")))}");
            }
            var work = engines.ToDictionary(e => e.Name, e => e.Work);
            var names = engines.Select(e => e.Name).ToList();
            if (engines.OfType<PostgresFtsEngine>().FirstOrDefault() is { Configuration: "simple" })
            {
                notes.Add("PostgreSQL has no `indonesian` text search configuration here, so it runs with `simple` (no stemming, no stop words).");
            }
            notes.Add("SQLite FTS5 (unicode61) does no stemming; PostgreSQL's `indonesian` snowball stemmer strips suffixes and particles only; ours runs the full lexicon-guided confix stemmer, an exact field per text field, and counts five facet dimensions where the peers count three.");
            foreach (var engine in engines)
            {
                engine.Dispose();
            }
            engines.Clear();

            HttpFigures? http = null;
            if (settings.ApiDll is not null)
            {
                var ids = SampleIds(indexing[names[0]].Documents, 200);
                http = HttpRun.Run(settings.ApiDll, lucene.IndexPath, mix, ids, settings.Clients, settings.WrkSeconds, settings.WorkDir, log);
            }
            var report = new BenchReport
            {
                Started = started,
                Machine = Inv($"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:F0} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}"),
                CorpusPath = settings.Corpus,
                Articles = indexing[names[0]].Documents,
                CorpusBytes = new FileInfo(settings.Corpus).Length,
                Queries = mix.Count,
                Rounds = settings.Rounds,
                Command = settings.Command,
                Engines = names,
                Work = work,
                Indexing = indexing,
                Latency = latency,
                Throughput = throughput,
                Http = http,
                Notes = notes,
            };
            File.WriteAllText(Path.Combine(settings.OutDir, "report.json"), JsonSerializer.Serialize(report, JsonOptions));
            File.WriteAllText(Path.Combine(settings.OutDir, "report.md"), MarkdownReport.Render(report));
            return report;
        }
        finally
        {
            foreach (var engine in engines)
            {
                engine.Dispose();
            }
        }
    }

    /// <summary>
    /// Measures the API again over the index of an earlier run (after a fix to the API or its settings)
    /// and rewrites that run's report with the new HTTP figures.
    /// </summary>
    public static BenchReport RerunHttp(string outDir, string workDir, string apiDll, int wrkSeconds, Action<string> log)
    {
        var path = Path.Combine(outDir, "report.json");
        var earlier = JsonSerializer.Deserialize<BenchReport>(File.ReadAllText(path), JsonOptions)
            ?? throw new ArgumentException($"{path} holds no report");
        var mix = QueryMixGenerator.From(earlier.CorpusPath, earlier.Queries);
        var http = HttpRun.Run(Path.GetFullPath(apiDll), Path.Combine(Path.GetFullPath(workDir), "lucene"), mix,
            SampleIds(earlier.Articles, 200), earlier.Throughput.Keys.Order().ToArray(), wrkSeconds, Path.GetFullPath(workDir), log);
        var report = earlier with
        {
            Http = http,
            Notes = earlier.Notes.Append(Inv($"HTTP figures re-measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC over the same index (load average {LoadAverage()}).")).ToList(),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(report, JsonOptions));
        File.WriteAllText(Path.Combine(outDir, "report.md"), MarkdownReport.Render(report));
        return report;
    }

    /// <summary>Ids written by <see cref="Corpus.CorpusScaler"/>, spread over the corpus.</summary>
    private static List<string> SampleIds(long documents, int count)
    {
        var random = new Random(5);
        return Enumerable.Range(0, count).Select(_ => $"bench-{random.NextInt64(documents):D7}").ToList();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
