using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Search.Indexer.Tests;

public sealed class IndexCommandTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "search-indexer-test-" + Guid.NewGuid().ToString("N"));

    private string Input => Path.Combine(root, "input");

    private string IndexDir => Path.Combine(root, "index");

    public IndexCommandTests() => System.IO.Directory.CreateDirectory(Path.Combine(Input, "nested"));

    [Fact]
    public void IndexingTheSameInputTwiceLeavesTheSameDocuments()
    {
        WriteGoodArticles();

        Assert.Equal(0, IndexCommand.Run([Input], IndexDir, rebuild: false));
        Assert.Equal(3, DocumentCount());
        Assert.Equal(0, IndexCommand.Run([Input], IndexDir, rebuild: false));
        Assert.Equal(3, DocumentCount());
    }

    [Fact]
    public void RebuildStartsFromAnEmptyIndex()
    {
        WriteGoodArticles();
        Assert.Equal(0, IndexCommand.Run([Input], IndexDir, rebuild: false));
        File.Delete(Path.Combine(Input, "nested", "b.jsonl"));

        Assert.Equal(0, IndexCommand.Run([Input], IndexDir, rebuild: true));

        Assert.Equal(2, DocumentCount());
    }

    [Fact]
    public void BadRecordsAreRejectedTheRestIsIndexedAndTheExitCodeSaysSo()
    {
        WriteGoodArticles();
        File.WriteAllLines(Path.Combine(Input, "bad.jsonl"),
        [
            Line("ok-1", "2024-05-01T10:00:00+07:00", "Isi berita yang sah."),
            "{ this is not json",
            Line("no-body", "2024-05-01T10:00:00+07:00", ""),
            Line("bad-date", "2024-02-30T10:00:00+07:00", "Tanggal mustahil."),
        ]);
        File.WriteAllBytes(Path.Combine(Input, "empty.jsonl"), []);

        var exit = IndexCommand.Run([Input], IndexDir, rebuild: false);

        Assert.Equal(1, exit);
        Assert.Equal(4, DocumentCount());
    }

    [Fact]
    public void MissingInputPathIsAnErrorBeforeAnythingIsWritten()
    {
        Assert.Equal(2, IndexCommand.Run([Path.Combine(root, "nowhere")], IndexDir, rebuild: false));
        Assert.False(System.IO.Directory.Exists(IndexDir));
    }

    private void WriteGoodArticles()
    {
        File.WriteAllLines(Path.Combine(Input, "a.jsonl"),
        [
            Line("a-1", "2024-01-01T08:00:00+07:00", "Gubernur meresmikan pasar baru."),
            Line("a-2", "2024-01-02T08:00:00+07:00", "Pelatih mengumumkan skuad."),
        ]);
        File.WriteAllLines(Path.Combine(Input, "nested", "b.jsonl"),
        [
            Line("b-1", "2024-01-03T08:00:00+07:00", "Harga cabai naik di pasar."),
        ]);
    }

    private static string Line(string id, string published, string body) =>
        $$"""{"id":"{{id}}","url":"https://contoh.id/{{id}}","source":"contoh.id","title":"Judul {{id}}","published":"{{published}}","category":"Daerah","body":"{{body}}","tags":[],"persons":[]}""";

    private int DocumentCount()
    {
        using var directory = FSDirectory.Open(Search.Core.Indexing.IndexLayout.LiveDirectory(IndexDir));
        using var reader = DirectoryReader.Open(directory);
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
