using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Tests.Searching;

namespace Search.Core.Tests.Indexing;

public sealed class ArticleCodecTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "search-codec-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void AnIndexWrittenWithLz4BlocksStillReadsAndNewSegmentsAreDeflated()
    {
        var old = Fixtures.Article("lama", "Judul lama", "Isi berita yang ditulis dengan blok LZ4.", "2024-01-01T08:00:00+07:00");
        using (var directory = FSDirectory.Open(path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexSchema.Version, TestAnalysis.CreateAnalyzer()) { Codec = new ArticleLz4Codec() }))
        {
            writer.AddDocument(ArticleDocumentMapper.ToDocument(old));
            writer.Commit();
        }

        var fresh = Fixtures.Article("baru", "Judul baru", "Isi berita baru.", "2024-01-02T08:00:00+07:00");
        using (var writer = new ArticleIndexWriter(path, TestAnalysis.CreateAnalyzer(), rebuild: false))
        {
            new ArticleIndexer(writer, mergeTo: 0).Run([IngestedRecord.Accepted("a.jsonl", 1, fresh)], path);
        }

        using var reopened = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(reopened);
        var bodies = Enumerable.Range(0, reader.MaxDoc).Select(d => ArticleDocumentMapper.ToArticle(reader.Document(d))).ToDictionary(a => a.Id, a => a.Body);
        Assert.Equal(new Dictionary<string, string> { ["lama"] = old.Body, ["baru"] = fresh.Body }, bodies);
        Assert.Equal(
            [ArticleLz4Codec.CodecName, ArticleCodec.CodecName],
            reader.Leaves.Select(l => ((SegmentReader)l.Reader).SegmentInfo.Info.Codec.Name).ToList());
    }

    [Fact]
    public void ArticlesOfEverySizeReadBackWholeInAnyOrderThroughOneReader()
    {
        // Bodies from a few words to several blocks, so one reader's reused buffers shrink and grow between loads.
        var random = new Random(11);
        var articles = Enumerable.Range(0, 40).Select(i => Fixtures.Article(
            $"a{i}",
            $"Judul {i}",
            string.Join(' ', Enumerable.Range(0, random.Next(1, 3000)).Select(w => $"kata{random.Next(5000)}")),
            "2024-01-01T08:00:00+07:00")).ToList();
        using (var writer = new ArticleIndexWriter(path, TestAnalysis.CreateAnalyzer(), rebuild: true))
        {
            new ArticleIndexer(writer, mergeTo: 1).Run(articles.Select((a, i) => IngestedRecord.Accepted("a.jsonl", i + 1, a)), path);
        }

        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        var order = Enumerable.Range(0, reader.MaxDoc).OrderBy(_ => random.Next()).ToList();
        var bodies = order.Select(d => ArticleDocumentMapper.ToArticle(reader.Document(d))).ToDictionary(a => a.Id, a => a.Body);

        Assert.Equal(articles.ToDictionary(a => a.Id, a => a.Body), bodies);
        Assert.True(articles.Max(a => a.Body.Length) > 4 * ArticleCodec.BlockBytes);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }
}
