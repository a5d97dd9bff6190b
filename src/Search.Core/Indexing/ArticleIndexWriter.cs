using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Articles;
using Search.Core.Discovery;

namespace Search.Core.Indexing;

/// <summary>
/// Writes articles into the index, upserting by id. Safe to call <see cref="Upsert"/> from several
/// threads: analysis then runs in parallel.
/// </summary>
public sealed class ArticleIndexWriter : IDisposable
{
    private readonly FSDirectory directory;
    private readonly IndexWriter writer;
    private readonly DirectoryReader? previous;
    private readonly ConcurrentDictionary<string, byte> seenThisRun = new(StringComparer.Ordinal);

    /// <exception cref="IndexLockedException">Another process holds the index's write lock.</exception>
    public ArticleIndexWriter(string indexPath, Analyzer analyzer, bool rebuild, double ramBufferMb = 128)
    {
        System.IO.Directory.CreateDirectory(indexPath);
        directory = ExclusiveFileLockFactory.OpenDirectory(indexPath);
        var config = new IndexWriterConfig(IndexSchema.Version, analyzer)
        {
            Codec = new ArticleCodec(),
            OpenMode = rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            Similarity = ExactLengthBm25Similarity.Instance,
            RAMBufferSizeMB = ramBufferMb,
        };
        var existed = DirectoryReader.IndexExists(directory);
        try
        {
            writer = new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException ex)
        {
            directory.Dispose();
            throw new IndexLockedException(indexPath, ex);
        }

        previous = !rebuild && DirectoryReader.IndexExists(directory) ? DirectoryReader.Open(directory) : null;
        if (!existed)
        {
            // An empty first commit: from here on the directory always opens, whenever the process dies.
            writer.Commit();
        }
    }

    /// <summary>Tags each article before it is written (see <see cref="ArticleEnricher"/>); none by default.</summary>
    public Func<Article, Article>? Enrich { get; init; }

    /// <summary>Adds the article, or replaces the document with the same id. Returns true when it replaced one.</summary>
    /// <exception cref="ArgumentException">Lucene refused the document (a term or doc value over 32,766 bytes); nothing was written.</exception>
    public bool Upsert(Article article) => UpsertTagged(Enrich is null ? article : Enrich(article));

    /// <summary>As <see cref="Upsert"/>, for an article <see cref="Enrich"/> already tagged (the indexer tags ahead: <see cref="TaggedBatch"/>).</summary>
    internal bool UpsertTagged(Article article)
    {
        var idTerm = ArticleDocumentMapper.IdTerm(article.Id);
        var first = seenThisRun.TryAdd(article.Id, 0);
        var existed = !first || (previous is not null && previous.DocFreq(idTerm) > 0);
        try
        {
            writer.UpdateDocument(idTerm, ArticleDocumentMapper.ToDocument(article));
        }
        catch (ArgumentException) when (first)
        {
            seenThisRun.TryRemove(article.Id, out _);
            throw;
        }

        return existed;
    }

    public void Delete(string id) => writer.DeleteDocuments(ArticleDocumentMapper.IdTerm(id));

    /// <summary>Regroups near-duplicates over the whole index (<see cref="NearDuplicateGrouper"/>); commit to keep the result.</summary>
    public DuplicateGrouping GroupDuplicates(DuplicateOptions options) => NearDuplicateGrouper.Regroup(writer, options);

    public void Commit() => writer.Commit();

    /// <summary>Merges the index down to at most <paramref name="segments"/> segments (waits for the merge); commit to keep it.</summary>
    public void MergeTo(int segments) => writer.ForceMerge(segments);

    /// <summary>Commits with <paramref name="data"/> recorded in the commit point (see <see cref="IndexCommitData"/>).</summary>
    public void Commit(IDictionary<string, string> data)
    {
        writer.SetCommitData(data);
        writer.Commit();
    }

    /// <summary>
    /// Drops everything written since the last commit and closes the writer (disposing it later does nothing more).
    /// Disposing commits what is pending, under the last commit's data; a run that fails calls this instead, so the
    /// index ends at its last whole batch and that commit covers exactly its records.
    /// </summary>
    public void Rollback() => writer.Rollback();

    /// <summary>Documents in the index after pending deletes are applied.</summary>
    public int DocumentCount => writer.NumDocs;

    public void Dispose()
    {
        previous?.Dispose();
        writer.Dispose();
        directory.Dispose();
    }
}
