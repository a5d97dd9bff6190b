using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Tests.Searching;

namespace Search.Core.Tests.Indexing;

public sealed class ArticleIndexerTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "search-indexer-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void RejectedRecordsAreReportedWithFileLineAndReasonWhileTheRestIsIndexed()
    {
        var article = Fixtures.Article("ok", "Judul", "Isi berita.", "2024-01-01T08:00:00+07:00");
        IngestedRecord[] records =
        [
            IngestedRecord.Rejected("b.jsonl", 7, RejectionReason.ImpossibleDate, "published 2024-02-30 is not a date"),
            IngestedRecord.Accepted("a.jsonl", 1, article),
            IngestedRecord.Rejected("a.jsonl", 2, RejectionReason.InvalidJson, "unexpected end"),
            IngestedRecord.Rejected("a.jsonl", 3, RejectionReason.InvalidJson, "unexpected token"),
        ];
        var reported = new List<string>();

        IndexingSummary summary;
        using (var writer = new ArticleIndexWriter(path, TestAnalysis.CreateAnalyzer(), rebuild: true))
        {
            summary = new ArticleIndexer(writer).Run(records, path, onRejected: r => { lock (reported) { reported.Add($"{r.File}:{r.Line}"); } });
        }

        Assert.Equal((4, 1, 0, 3, 1), (summary.Read, summary.Added, summary.Updated, summary.Rejected, summary.DocumentCount));
        Assert.Equal(["a.jsonl:2", "a.jsonl:3", "b.jsonl:7"], summary.Rejections.Select(r => $"{r.File}:{r.Line}"));
        Assert.Equal(["a.jsonl:2", "a.jsonl:3", "b.jsonl:7"], reported.Order());
        Assert.Equal(
            new Dictionary<RejectionReason, int> { [RejectionReason.InvalidJson] = 2, [RejectionReason.ImpossibleDate] = 1 },
            summary.RejectedByReason);
    }

    [Fact]
    public void TheSameIdTwiceInOneRunIsOneDocumentCountedAsAnUpdate()
    {
        var first = Fixtures.Article("same", "Judul lama", "Isi lama.", "2024-01-01T08:00:00+07:00");
        var second = first with { Title = "Judul baru" };

        IndexingSummary summary;
        using (var writer = new ArticleIndexWriter(path, TestAnalysis.CreateAnalyzer(), rebuild: true))
        {
            var indexer = new ArticleIndexer(writer);
            indexer.Run([IngestedRecord.Accepted("a.jsonl", 1, first)], path);
            summary = indexer.Run([IngestedRecord.Accepted("a.jsonl", 2, second)], path);
        }

        Assert.Equal((0, 1, 1), (summary.Added, summary.Updated, summary.DocumentCount));
    }

    [Fact]
    public void ABulkRunLeavesOneSegmentAndASmallAdditionLeavesMergingToThePolicy()
    {
        var bulk = Enumerable.Range(1, 30)
            .Select(i => IngestedRecord.Accepted("a.jsonl", i, Fixtures.Article($"b{i}", $"Judul {i}", $"Isi berita nomor {i}.", "2024-01-01T08:00:00+07:00")))
            .ToList();
        var late = IngestedRecord.Accepted("b.jsonl", 1, Fixtures.Article("late", "Judul susulan", "Isi susulan.", "2024-01-02T08:00:00+07:00"));

        using (var writer = new ArticleIndexWriter(path, TestAnalysis.CreateAnalyzer(), rebuild: true))
        {
            // Commits every 10 records: three flushed segments at least before the final merge.
            new ArticleIndexer(writer, commitEvery: 10).Run(bulk, path);
        }
        Assert.Equal(1, SegmentCount());
        Assert.Equal(ArticleCodec.CodecName, SegmentCodecs().Single());

        using (var writer = new ArticleIndexWriter(path, TestAnalysis.CreateAnalyzer(), rebuild: false))
        {
            new ArticleIndexer(writer, commitEvery: 10).Run([late], path);
        }
        Assert.Equal(2, SegmentCount());
    }

    private List<string> SegmentCodecs()
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(path);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        return reader.Leaves.Select(l => ((Lucene.Net.Index.SegmentReader)l.Reader).SegmentInfo.Info.Codec.Name).Distinct().ToList();
    }

    private int SegmentCount()
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(path);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        return reader.Leaves.Count;
    }

    [Fact]
    public void AnIdRepeatedWithinOneBatchKeepsItsLastRecordInInputOrder()
    {
        var records = Enumerable.Range(0, 300).SelectMany(i => (IngestedRecord[])
        [
            IngestedRecord.Accepted("a.jsonl", (3 * i) + 1, Fixtures.Article($"id-{i % 100}", $"Versi {i}", "Isi berita.", "2024-01-01T08:00:00+07:00")),
            IngestedRecord.Accepted("a.jsonl", (3 * i) + 2, Fixtures.Article($"solo-{i}", "Sekali", "Isi berita.", "2024-01-01T08:00:00+07:00")),
            IngestedRecord.Rejected("a.jsonl", (3 * i) + 3, RejectionReason.InvalidJson, "bad"),
        ]).ToList();

        IndexingSummary summary;
        Dictionary<string, string> titles;
        using (var writer = new ArticleIndexWriter(path, TestAnalysis.CreateAnalyzer(), rebuild: true))
        {
            summary = new ArticleIndexer(writer).Run(records, path);
        }

        using (var directory = Lucene.Net.Store.FSDirectory.Open(path))
        using (var reader = Lucene.Net.Index.DirectoryReader.Open(directory))
        {
            titles = new Lucene.Net.Search.IndexSearcher(reader).Search(new Lucene.Net.Search.MatchAllDocsQuery(), 1_000).ScoreDocs
                .Select(hit => ArticleDocumentMapper.ToArticle(reader.Document(hit.Doc)))
                .ToDictionary(a => a.Id, a => a.Title, StringComparer.Ordinal);
        }

        Assert.Equal((900, 400, 200, 300, 400), (summary.Read, summary.Added, summary.Updated, summary.Rejected, summary.DocumentCount));
        Assert.All(Enumerable.Range(0, 100), i => Assert.Equal($"Versi {200 + i}", titles[$"id-{i}"]));
    }

    public void Dispose()
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
