using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Tests.Searching;

namespace Search.Core.Tests.Indexing;

/// <summary>The indexer tags each batch's articles ahead (<see cref="TaggedBatch"/>) while the batch before is indexed and committed.</summary>
public sealed class TaggingAheadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string path = Path.Combine(Path.GetTempPath(), "search-tagging-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void TheNextBatchIsTaggedWhileTheBatchBeforeIsStillBeingIndexed()
    {
        using var sixthTagged = new ManualResetEventSlim();
        var sixthTaggedDuringFirstBatch = false;
        Article Tag(Article article)
        {
            if (article.Id == "a1")
            {
                // a1 is in the first batch of three: only tagging ahead reaches a6, of the second batch, before that batch is indexed.
                sixthTaggedDuringFirstBatch = sixthTagged.Wait(Patience);
            }
            else if (article.Id == "a6")
            {
                sixthTagged.Set();
            }

            return article with { Topic = "tagged" };
        }

        Index(Records(6), Tag, commitEvery: 3);

        Assert.True(sixthTaggedDuringFirstBatch);
        Assert.Equal(Enumerable.Range(1, 6).Select(i => ($"a{i}", "tagged")), Stored().Select(a => (a.Id, a.Topic!)));
    }

    [Fact]
    public void EveryArticleIsTaggedExactlyOnceAndIndexedAsTagged()
    {
        // 2,000 records in batches of 150: every fifth rejected, and ids repeated within a batch (the later record wins).
        var records = Enumerable.Range(1, 2_000)
            .Select(i => i % 5 == 0
                ? IngestedRecord.Rejected("a.jsonl", i, RejectionReason.InvalidJson, "bad")
                : IngestedRecord.Accepted("a.jsonl", i, Fixtures.Article($"a{(i % 7 == 0 ? i - 3 : i)}", $"Judul {i}", "Isi berita.", "2024-01-01T08:00:00+07:00")))
            .ToList();
        var tagged = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        Article Tag(Article article)
        {
            tagged.AddOrUpdate(article.Title, 1, (_, n) => n + 1);
            return article with { Topic = "tagged " + article.Title.ToLowerInvariant() };
        }

        var summary = Index(records, Tag, commitEvery: 150);

        Assert.Equal(1_600, tagged.Count);
        Assert.All(tagged.Values, n => Assert.Equal(1, n));
        var stored = Stored();
        Assert.Equal(summary.DocumentCount, stored.Count);
        Assert.All(stored, a => Assert.Equal("tagged " + a.Title.ToLowerInvariant(), a.Topic));
    }

    [Fact]
    public void ABatchIsLetGoOnceItIsCommitted()
    {
        // Batches of three: by the time the fourth batch (a10..a12) is tagged, the first is committed and nothing
        // may hold its tagged articles any more; a run that kept every batch it read held the whole input in memory.
        var firstBatch = new ConcurrentBag<WeakReference<Article>>();
        var checkedOnce = 0;
        int? stillHeld = null;
        Article Tag(Article article)
        {
            var number = int.Parse(article.Id[1..], System.Globalization.CultureInfo.InvariantCulture);
            if (number >= 10 && Interlocked.Exchange(ref checkedOnce, 1) == 0)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                stillHeld = firstBatch.Count(weak => weak.TryGetTarget(out _));
            }

            var tagged = article with { Topic = "tagged" };
            if (number <= 3)
            {
                firstBatch.Add(new WeakReference<Article>(tagged));
            }

            return tagged;
        }

        Index(Records(15), Tag, commitEvery: 3);

        Assert.Equal(3, firstBatch.Count);
        Assert.Equal(0, stillHeld);
    }

    [Fact]
    public void ATaggingFailureEndsTheRunWithExactlyTheBatchesBeforeItCommitted()
    {
        Article Tag(Article article) =>
            article.Id == "a25" ? throw new InvalidOperationException("the tagger failed on a25") : article with { Topic = "tagged" };

        var writer = new ArticleIndexWriter(path, TestAnalysis.CreateAnalyzer(), rebuild: true) { Enrich = Tag };
        var failure = Assert.Throws<AggregateException>(() => new ArticleIndexer(writer, commitEvery: 10).Run(Records(50), path));
        // Disposing would commit what the failed batch had written, under the last commit's record count; the run rolled it back.
        writer.Dispose();

        Assert.Equal("the tagger failed on a25", Assert.IsType<InvalidOperationException>(Assert.Single(failure.InnerExceptions)).Message);
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(20, IndexCommitData.Read(reader.IndexCommit.UserData, IndexCommitData.Records));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"a{i}"), Stored(reader).Select(a => a.Id));
    }

    private static List<IngestedRecord> Records(int count) =>
        Enumerable.Range(1, count)
            .Select(i => IngestedRecord.Accepted("a.jsonl", i, Fixtures.Article($"a{i}", $"Judul {i}", "Isi berita.", "2024-01-01T08:00:00+07:00")))
            .ToList();

    private IndexingSummary Index(IEnumerable<IngestedRecord> records, Func<Article, Article> tag, int commitEvery)
    {
        using var writer = new ArticleIndexWriter(path, TestAnalysis.CreateAnalyzer(), rebuild: true) { Enrich = tag };
        return new ArticleIndexer(writer, commitEvery).Run(records, path);
    }

    private List<Article> Stored()
    {
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        return Stored(reader);
    }

    private static List<Article> Stored(DirectoryReader reader) =>
        new IndexSearcher(reader).Search(new MatchAllDocsQuery(), 10_000).ScoreDocs
            .Select(hit => ArticleDocumentMapper.ToArticle(reader.Document(hit.Doc)))
            .OrderBy(a => int.Parse(a.Id[1..], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    public void Dispose()
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }
}
