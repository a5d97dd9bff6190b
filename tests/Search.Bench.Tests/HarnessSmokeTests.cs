using System.Diagnostics;
using System.Text.Json;
using Search.Bench.Corpus;
using Search.Bench.Queries;

namespace Search.Bench.Tests;

/// <summary>
/// The benchmark harness end to end on a tiny scale (1,000 articles, 20 queries, one round), so it cannot
/// rot between full runs: corpus scaler, query mix, every engine indexing and answering, the reports.
/// PostgreSQL joins when it is installed; the HTTP part is left to the full runs.
/// </summary>
public sealed class HarnessSmokeTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("bench-smoke-").FullName;

    // Beside, not inside, the work folder: the postgres user must be able to reach it.
    private readonly string postgresData = Path.Combine(Path.GetTempPath(), $"bench-smoke-pg-{Guid.NewGuid():N}");

    [SharedCorpusFact]
    public void SmokeRunIndexesTheSameArticlesAndAnswersEveryQueryOnEveryEngine()
    {
        Assert.True(BenchPaths.SharedCorpusExists, $"The shared corpus is missing: expected it at {BenchPaths.NewsCorpus}.");
        var corpus = Path.Combine(work, "corpus.jsonl");
        CorpusScaler.Write([BenchPaths.NewsCorpus], 1_000, corpus);
        var postgres = StartPostgres();
        try
        {
            var report = BenchmarkRun.Run(new BenchSettings
            {
                Corpus = corpus,
                WorkDir = Path.Combine(work, "engines"),
                OutDir = Path.Combine(work, "report"),
                Queries = 20,
                Rounds = 1,
                Warmup = 5,
                Clients = [1],
                SliceSeconds = 0.3,
                Slices = 1,
                Postgres = postgres,
            }, _ => { });

            var expected = postgres is null ? 2 : 3;
            Assert.Equal(expected, report.Engines.Count);
            Assert.All(report.Engines, engine => Assert.Equal(1_000, report.Indexing[engine].Documents));
            Assert.All(report.Engines, engine => Assert.Equal(20, report.Latency[engine]["all"].Count));
            Assert.Equal(QueryMixGenerator.Kinds.Length, report.Latency[report.Engines[0]].Count - 1);
            Assert.Contains("## Goals (issue 7)", File.ReadAllText(Path.Combine(work, "report", "report.md")));
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "report", "report.json")));
            Assert.Equal(1_000, json.RootElement.GetProperty("Articles").GetInt64());
        }
        finally
        {
            if (postgres is not null)
            {
                PostgresScript("stop");
            }
        }
    }

    [Fact]
    public void QueriesBecomeTheSameSearchForUsAndForTheApi()
    {
        var query = new BenchQuery("word + topic", ["banjir"], WordMode.All, Topic: "nasional", From: new DateOnly(2019, 9, 1), Page: 2);

        var request = query.ToSearchRequest();

        Assert.Equal("banjir", request.Query);
        Assert.Equal(["nasional"], request.Filters["topic"]);
        Assert.Equal(2, request.Page);
        Assert.Equal("/api/search?q=banjir&topic=nasional&from=2019-09-01&page=2", query.ToUrlPath());
    }

    private string? StartPostgres() => BenchPaths.PostgresScript is null ? null : PostgresScript("start");

    private string PostgresScript(string action)
    {
        var start = new ProcessStartInfo("bash", [BenchPaths.PostgresScript!, action, postgresData])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["BENCH_PG_PORT"] = "54331";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"postgres.sh {action} failed: {error}");
        return output;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
