using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Indexing;

namespace Search.Indexer.Tests;

/// <summary>One writer at a time, rebuilds into generations, snapshots while writing, CheckIndex verification.</summary>
public sealed class OperationsCommandTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "search-ops-test-" + Guid.NewGuid().ToString("N"));

    private string Input => Path.Combine(root, "input");

    private string IndexRoot => Path.Combine(root, "index");

    public OperationsCommandTests()
    {
        System.IO.Directory.CreateDirectory(Input);
        File.WriteAllLines(Path.Combine(Input, "a.jsonl"), Enumerable.Range(1, 5).Select(i =>
            $$"""{"id":"ops-{{i}}","url":"https://contoh.id/{{i}}","source":"contoh.id","title":"Judul {{i}}","published":"2024-01-0{{i}}T08:00:00+07:00","category":"Daerah","body":"Isi berita nomor {{i}}.","tags":[],"persons":[]}"""));
    }

    [Fact]
    public void AnIndexRunBesideAnotherWriterExitsWithCode2AndWritesNothing()
    {
        Assert.Equal(0, IndexCommand.Run([Input], IndexRoot, rebuild: false));
        using (new ArticleIndexWriter(IndexRoot, ArticleAnalyzer.Create(NullLoggerFactory.Instance), rebuild: false))
        {
            File.WriteAllLines(Path.Combine(Input, "b.jsonl"), [File.ReadAllLines(Path.Combine(Input, "a.jsonl"))[0].Replace("ops-1", "ops-9")]);
            Assert.Equal(2, IndexCommand.Run([Input], IndexRoot, rebuild: false));
        }

        Assert.Equal(5, Documents(IndexLayout.LiveDirectory(IndexRoot)));
    }

    [Fact]
    public void RebuildsWriteNewGenerationsAndKeepOnlyTheLiveAndThePreviousOne()
    {
        Assert.Equal(0, IndexCommand.Run([Input], IndexRoot, rebuild: false));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(0, IndexCommand.Run([Input], IndexRoot, rebuild: true));
        }

        Assert.Equal("gen-3", File.ReadAllText(Path.Combine(IndexRoot, IndexLayout.PointerFile)).Trim());
        Assert.Equal(["gen-2", "gen-3"], IndexLayout.Generations(IndexRoot).Select(Path.GetFileName));
        Assert.DoesNotContain(System.IO.Directory.GetFiles(IndexRoot), f => Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal));
        Assert.Equal(5, Documents(IndexLayout.LiveDirectory(IndexRoot)));
    }

    [Fact]
    public void SnapshotWhileAWriterCommitsHoldsAConsistentCommitAndVerifiesClean()
    {
        Assert.Equal(0, IndexCommand.Run([Input], IndexRoot, rebuild: true));
        var snapshot = Path.Combine(root, "snapshot");
        using (var writer = new ArticleIndexWriter(IndexLayout.LiveDirectory(IndexRoot), ArticleAnalyzer.Create(NullLoggerFactory.Instance), rebuild: false))
        {
            writer.Delete("ops-1");
            writer.Commit();
            Assert.Equal(0, SnapshotCommand.Run(snapshot, IndexRoot));
            writer.Delete("ops-2");
            writer.Commit();
        }

        Assert.Equal(4, Documents(snapshot));
        Assert.Equal(0, VerifyCommand.Run(snapshot, full: false));
        Assert.Equal(2, SnapshotCommand.Run(snapshot, IndexRoot));
    }

    [Fact]
    public void VerifyReportsADamagedIndexAndAMissingOne()
    {
        Assert.Equal(0, IndexCommand.Run([Input], IndexRoot, rebuild: true));
        var live = IndexLayout.LiveDirectory(IndexRoot);
        Assert.True(IndexVerifier.Verify(IndexRoot).Clean);
        var largest = new DirectoryInfo(live).GetFiles("_*").OrderByDescending(f => f.Length).First();
        using (var stream = largest.Open(FileMode.Open, FileAccess.ReadWrite))
        {
            stream.Position = stream.Length / 2;
            stream.Write(new byte[64]);
        }

        var damaged = IndexVerifier.Verify(IndexRoot);
        Assert.False(damaged.Clean);
        Assert.NotEmpty(damaged.Problems);
        Assert.Equal(1, VerifyCommand.Run(IndexRoot, full: false));
        Assert.Equal(2, VerifyCommand.Run(Path.Combine(root, "nowhere"), full: false));
    }

    private static int Documents(string directory)
    {
        using var fs = FSDirectory.Open(directory);
        using var reader = DirectoryReader.Open(fs);
        return reader.NumDocs;
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(root))
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
    }
}
