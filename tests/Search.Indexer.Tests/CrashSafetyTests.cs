using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Indexing;
using Xunit.Abstractions;

namespace Search.Indexer.Tests;

/// <summary>
/// Kills the indexer process with SIGKILL at random moments of a large run, again and again. After every
/// kill the index opens, passes CheckIndex and holds exactly the articles of the commits made so far — a
/// prefix of the input, since every commit covers whole batches in input order — and a last run
/// completes with every article once.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    public const int Kills = 20;
    private const int Articles = 6_000;
    private const int CommitEvery = 400;

    private readonly string root = Path.Combine(Path.GetTempPath(), "search-crash-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void SigkillAtRandomMomentsNeverCorruptsOrLosesCommittedArticles()
    {
        var input = Path.Combine(root, "input");
        var index = Path.Combine(root, "index");
        var ids = WriteInput(input);
        var random = new Random(20240501);
        var kills = 0;
        var committed = 0;
        var everOpened = false;
        // A kill lands within a run: when a run ends before its kill, later kills come sooner than that run took.
        var latest = 6_000;
        for (var attempt = 0; kills < Kills && attempt < Kills * 3; attempt++)
        {
            using var indexer = StartIndexer(input, index);
            var clock = Stopwatch.StartNew();
            var wait = random.Next(300, latest);
            if (indexer.WaitForExit(wait))
            {
                // The run ended first: it holds every article; start again from nothing, so kills keep meeting first runs.
                Assert.Equal(0, indexer.ExitCode);
                latest = Math.Max(400, (int)(clock.ElapsedMilliseconds * 9 / 10));
                Assert.Equal(ids.Order(StringComparer.Ordinal), Inspect(index)!.Value.Ids.Order(StringComparer.Ordinal));
                System.IO.Directory.Delete(index, recursive: true);
                (committed, everOpened) = (0, false);
                output.WriteLine($"run ended within {wait} ms: every article; the index is removed");
                continue;
            }

            indexer.Kill();
            indexer.WaitForExit();
            kills++;

            var state = Inspect(index);
            if (state is null)
            {
                Assert.False(everOpened, "the index existed before and no longer opens");
                output.WriteLine($"kill {kills} after {wait} ms: no commit yet");
                continue;
            }

            everOpened = true;
            var (stored, recorded) = state.Value;
            committed = Math.Max(committed, recorded);
            Assert.Equal(stored.Count, stored.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(ids.Take(committed).Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
            output.WriteLine($"kill {kills} after {wait} ms: {stored.Count} articles committed (the last commit covers {recorded})");
        }

        Assert.Equal(Kills, kills);
        using (var last = StartIndexer(input, index))
        {
            Assert.True(last.WaitForExit(TimeSpan.FromMinutes(5)), "the rerun did not finish");
            Assert.Equal(0, last.ExitCode);
        }

        var (final, _) = Inspect(index)!.Value;
        Assert.Equal(ids.Order(StringComparer.Ordinal), final.Order(StringComparer.Ordinal));
    }

    /// <summary>The stored ids of the live index and the records its last commit covers, or null when there is no commit.</summary>
    private static (List<string> Ids, int Records)? Inspect(string index)
    {
        using var directory = FSDirectory.Open(IndexLayout.LiveDirectory(index));
        if (!DirectoryReader.IndexExists(directory))
        {
            return null;
        }

        var verification = IndexVerifier.Verify(index);
        Assert.True(verification.Clean, string.Join("; ", verification.Problems));
        using var reader = DirectoryReader.Open(directory);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var stored = new List<string>(reader.NumDocs);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is null || liveDocs.Get(doc))
            {
                stored.Add(reader.Document(doc).Get(IndexSchema.Id));
            }
        }

        return (stored, IndexCommitData.Read(reader.IndexCommit.UserData, IndexCommitData.Records) ?? 0);
    }

    private static Process StartIndexer(string input, string index)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { IndexerDll(), "index", input, "--index", index },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Search__CommitEvery"] = CommitEvery.ToString(CultureInfo.InvariantCulture);
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The indexer built beside this test assembly's configuration (bin/Debug or bin/Release).</summary>
    internal static string IndexerDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testBin.Parent!.Name;
        var repository = testBin.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(repository, "src", "Search.Indexer", "bin", configuration, testBin.Name, "Search.Indexer.dll");
        Assert.True(File.Exists(dll), $"indexer not built at {dll}");
        return dll;
    }

    /// <summary>Valid articles with distinct ids over several files; returns the ids in the order the indexer reads them.</summary>
    private static List<string> WriteInput(string input)
    {
        System.IO.Directory.CreateDirectory(input);
        var words = "banjir jembatan gubernur pasar harga cabai sungai warga pelabuhan kapal sekolah guru rumah sakit jalan tol kereta bandara hujan panen"
            .Split(' ');
        var random = new Random(7);
        var ids = new List<string>(Articles);
        const int PerFile = 1_000;
        for (var file = 0; file < Articles / PerFile; file++)
        {
            var lines = new List<string>(PerFile);
            for (var i = 0; i < PerFile; i++)
            {
                var id = $"crash-{file:D2}-{i:D4}";
                ids.Add(id);
                var body = string.Join(' ', Enumerable.Range(0, 120).Select(_ => words[random.Next(words.Length)])) + ".";
                lines.Add(JsonSerializer.Serialize(new
                {
                    id,
                    url = $"https://contoh.id/{id}",
                    source = "contoh.id",
                    title = $"Berita {words[random.Next(words.Length)]} nomor {i}",
                    published = new DateTimeOffset(2024, 1 + (i % 12), 1 + (i % 28), 8, 0, 0, TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
                    category = "Daerah",
                    body,
                    tags = Array.Empty<string>(),
                    persons = Array.Empty<string>(),
                }));
            }

            File.WriteAllLines(Path.Combine(input, $"part-{file:D2}.jsonl"), lines);
        }

        return ids;
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(root))
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
    }
}
