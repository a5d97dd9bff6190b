using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Tests.Searching;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// <see cref="KeywordField"/> and <see cref="RangeField"/> share one token stream per thread: indexed in
/// parallel, every document must still carry exactly its own id, source, topic and date terms.
/// </summary>
public sealed class ReusedStreamFieldTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "search-reused-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void ParallelIndexingKeepsEachDocumentsOwnKeywordAndRangeTerms()
    {
        const int count = 400;
        var records = Enumerable.Range(0, count).Select(i => IngestedRecord.Accepted("a.jsonl", i + 1,
            Fixtures.Article($"id-{i}", $"Judul {i}", $"Isi berita {i}.", $"2024-01-{1 + i % 28:00}T08:00:00+07:00") with
            {
                Source = $"sumber{i % 7}.example",
                Category = i % 2 == 0 ? "olahraga" : "ekonomi",
            })).ToList();
        using (var writer = new ArticleIndexWriter(path, TestAnalysis.CreateAnalyzer(), rebuild: true))
        {
            new ArticleIndexer(writer).Run(records, path);
        }

        using var directory = Lucene.Net.Store.FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        for (var i = 0; i < count; i++)
        {
            var hits = searcher.Search(new TermQuery(new Term(IndexSchema.Id, $"id-{i}")), 2);
            Assert.Equal(1, hits.TotalHits);
            var doc = searcher.Doc(hits.ScoreDocs[0].Doc);
            Assert.Equal($"sumber{i % 7}.example", doc.Get(IndexSchema.Source));
            var sameSource = new BooleanQuery
            {
                { new TermQuery(new Term(IndexSchema.Id, $"id-{i}")), Occur.MUST },
                { new TermQuery(new Term(IndexSchema.SourceKey, $"sumber{i % 7}.example")), Occur.MUST },
            };
            Assert.Equal(1, searcher.Search(sameSource, 1).TotalHits);
        }
        Assert.Equal(count / 7 + 1, searcher.Search(new TermQuery(new Term(IndexSchema.SourceKey, "sumber0.example")), 1).TotalHits);
        var day = DateTimeOffset.Parse("2024-01-05T08:00:00+07:00").ToUnixTimeMilliseconds();
        var onTheFifth = NumericRangeQuery.NewInt64Range(IndexSchema.PublishedRange, day, day, true, true);
        Assert.Equal(Enumerable.Range(0, count).Count(i => i % 28 == 4), searcher.Search(onTheFifth, 1).TotalHits);
        Assert.Equal(count, reader.NumDocs);
    }

    public void Dispose()
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
