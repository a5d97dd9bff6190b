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

    public void Dispose()
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
