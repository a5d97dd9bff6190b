using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Indexing;

namespace Search.Indexer.Tests;

/// <summary>
/// One writer per index across processes: while this process holds an index's writer, the real indexer
/// started as another process must refuse to write (exit 2) and leave the index as it was.
/// </summary>
public sealed class CrossProcessLockTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "search-lock-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void AnIndexerProcessBesideAWriterInAnotherProcessExitsWith2AndWritesNothing()
    {
        var input = Path.Combine(root, "input");
        var index = Path.Combine(root, "index");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.jsonl"),
            """{"id":"lock-1","url":"https://contoh.id/1","source":"contoh.id","title":"Judul satu","published":"2024-01-01T08:00:00+07:00","category":"Daerah","body":"Isi berita satu.","tags":[],"persons":[]}""" + "\n");

        using (var writer = new ArticleIndexWriter(index, ArticleAnalyzer.Create(NullLoggerFactory.Instance), rebuild: false))
        {
            writer.Commit();
            var (exit, output) = RunIndexer(input, index);

            Assert.True(exit == 2, $"exit {exit}:\n{output}");
            Assert.Contains("locked by another writer", output, StringComparison.Ordinal);
            Assert.Equal(0, writer.DocumentCount);
        }

        Assert.Equal(0, RunIndexer(input, index).Exit);
    }

    private static (int Exit, string Output) RunIndexer(string input, string index)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { CrashSafetyTests.IndexerDll(), "index", input, "--index", index },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the indexer did not finish");
        return (process.ExitCode, output.Result + errors.Result);
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
