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
    public void AFolderMixingHtmlJsonLinesAndRawTextIsIndexedWholeAndAPageWithoutAnArticleIsRejected()
    {
        WriteGoodArticles();
        File.WriteAllText(Path.Combine(Input, "nested", "kabarnusa-2024-03-12-sungai.txt"),
            "Warga Lamo Bersihkan Sungai\nSiti Aminah - 12 Maret 2024 09:15 WIB\n\nLamo: Ratusan warga membersihkan sungai dari sampah plastik.\n");
        File.WriteAllText(Path.Combine(Input, "halaman.html"), """
            <html><head><title>Dermaga Baru Lamo Diresmikan | Kabar Lamo</title>
            <meta property="og:url" content="https://kabarlamo.id/daerah/dermaga-baru-lamo-diresmikan">
            <meta property="article:published_time" content="2024-04-02T11:00:00+08:00">
            <meta property="article:section" content="Daerah"></head>
            <body><nav><a href="/">Beranda</a></nav><article><h1>Dermaga Baru Lamo Diresmikan</h1>
            <p>Dermaga penyeberangan yang baru di Lamo mulai melayani kapal motor pada Selasa.</p>
            <p>Kapal dari pulau seberang kini bisa bersandar saat air surut.</p></article></body></html>
            """);
        File.WriteAllText(Path.Combine(Input, "nested", "indeks.htm"), "<html><head><title>Indeks</title></head><body><ul><li><a href=\"/x\">Berita</a></li></ul></body></html>");

        var exit = IndexCommand.Run([Input], IndexDir, rebuild: false);

        Assert.Equal(1, exit);
        Assert.Equal(5, DocumentCount());
        Assert.Contains(Search.Core.Ingestion.ArticleIdentity.FromUrl("https://kabarlamo.id/daerah/dermaga-baru-lamo-diresmikan"), StoredIds());
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

    private List<string> StoredIds()
    {
        using var directory = FSDirectory.Open(Search.Core.Indexing.IndexLayout.LiveDirectory(IndexDir));
        using var reader = DirectoryReader.Open(directory);
        return Enumerable.Range(0, reader.MaxDoc).Select(i => reader.Document(i).Get(Search.Core.Indexing.IndexSchema.Id)).ToList();
    }

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
