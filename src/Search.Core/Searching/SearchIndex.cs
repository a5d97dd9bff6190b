using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// The one long-lived index of a process. Searches acquire and release a searcher snapshot. Given an
/// analyzer, it also holds the index's one <see cref="IndexWriter"/> (when no other process does) and
/// opens near-real-time searchers from it, so a write is visible to the next search. Once a second it
/// refreshes, notices a rebuild that switched the live generation (<see cref="IndexLayout"/>) and swaps
/// to it without failing searches that are under way, and retries the write lock if it was held. The
/// index may not exist yet when the service starts: it is opened as soon as it appears.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private static readonly TimeSpan MaintenanceInterval = TimeSpan.FromSeconds(1);
    private readonly string root;
    private readonly Analyzer? writerAnalyzer;
    private readonly LiveWriteJournal? journal;
    private readonly ILogger<SearchIndex> logger;
    private readonly System.Threading.Lock gate = new();
    private readonly System.Threading.Lock writeGate = new();
    private readonly Timer maintenance;
    private volatile IndexGeneration? current;
    private int maintaining;
    private string? lockedPath;
    private bool disposed;

    /// <param name="writerAnalyzer">The analyzer to hold the writer with; null serves the index read-only.</param>
    /// <param name="journal">The API's live writes: replayed into a generation a rebuild switched to, and recorded in every commit.</param>
    public SearchIndex(IOptions<SearchOptions> options, ILogger<SearchIndex> logger, Analyzer? writerAnalyzer = null, LiveWriteJournal? journal = null)
    {
        root = Path.GetFullPath(options.Value.IndexPath);
        this.writerAnalyzer = writerAnalyzer;
        this.journal = journal;
        this.logger = logger;
        maintenance = new Timer(_ => Maintain(), null, MaintenanceInterval, MaintenanceInterval);
    }

    /// <summary>Why the index is not open, or null when it is.</summary>
    public string? NotReadyReason => TryOpen() ? null : $"No index at {root} yet: run the indexer first.";

    /// <summary>True when this process holds the writer; false when the index is served read-only.</summary>
    public bool IsWritable => current?.Writer is not null;

    /// <summary>Runs <paramref name="work"/> on a searcher snapshot.</summary>
    public T Use<T>(Func<IndexSearcher, T> work)
    {
        var generation = Acquire();
        try
        {
            var searcher = generation.Manager.Acquire();
            try
            {
                return work(searcher);
            }
            finally
            {
                generation.Manager.Release(searcher);
            }
        }
        finally
        {
            generation.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> with the writer and a searcher that sees every earlier write, then
    /// commits (durable once this returns) and refreshes, so the next search sees the change. Writes are
    /// serialized. Creates an empty index first when there is none.
    /// </summary>
    /// <exception cref="IndexLockedException">Another process holds the write lock.</exception>
    /// <exception cref="InvalidOperationException">This index was opened without an analyzer for writing.</exception>
    public T Write<T>(Func<IndexWriter, IndexSearcher, T> work)
    {
        if (writerAnalyzer is null)
        {
            throw new InvalidOperationException("This index is served read-only: it was opened without a writer analyzer.");
        }

        lock (writeGate)
        {
            var generation = WritableGeneration();
            var writer = generation.Writer!;
            var searcher = generation.Manager.Acquire();
            T result;
            try
            {
                result = work(writer, searcher);
                if (journal is not null)
                {
                    writer.SetCommitData(new Dictionary<string, string> { [LiveWriteJournal.CommitKey] = LiveWriteJournal.Format(journal.Length) });
                }

                writer.Commit();
            }
            catch
            {
                generation.Manager.Release(searcher);
                writer.Rollback();
                Reopen(generation, "a write failed and was rolled back");
                throw;
            }

            generation.Manager.Release(searcher);
            generation.Manager.MaybeRefreshBlocking();
            return result;
        }
    }

    /// <summary>Makes the latest commit (or write) visible to the next acquired searcher.</summary>
    public void Refresh() => current?.Manager.MaybeRefreshBlocking();

    public int DocumentCount => Use(searcher => searcher.IndexReader.NumDocs);

    /// <summary>The directory of the generation being served, or null before an index exists.</summary>
    public string? LiveDirectory => current?.Path;

    private IndexGeneration Acquire()
    {
        while (true)
        {
            if (!TryOpen())
            {
                throw new IndexNotReadyException(NotReadyReason ?? "The index is not open.");
            }

            var generation = current;
            if (generation is not null && generation.TryAddReference())
            {
                return generation;
            }
        }
    }

    private bool TryOpen()
    {
        if (current is not null)
        {
            return true;
        }

        lock (gate)
        {
            if (current is not null)
            {
                return true;
            }

            ObjectDisposedException.ThrowIf(disposed, this);
            var path = IndexLayout.LiveDirectory(root);
            if (!System.IO.Directory.Exists(path) || !IndexExists(path))
            {
                return false;
            }

            current = Open(path);
            return true;
        }
    }

    private IndexGeneration WritableGeneration()
    {
        if (current is { Writer: not null } held)
        {
            return held;
        }

        lock (gate)
        {
            if (current is null)
            {
                current = OpenWritable(IndexLayout.LiveDirectory(root))
                    ?? throw new IndexLockedException(IndexLayout.LiveDirectory(root));
                return current;
            }

            if (current.Writer is null)
            {
                var writable = OpenWritable(current.Path) ?? throw new IndexLockedException(current.Path);
                Replace(writable, "the write lock became free");
            }

            return current!;
        }
    }

    private IndexGeneration Open(string path)
    {
        var generation = writerAnalyzer is null ? null : OpenWritable(path);
        generation ??= IndexGeneration.OpenReadOnly(path);
        logger.LogInformation("Opened index at {IndexPath} ({Mode})", path, generation.Writer is null ? "read-only" : "writable");
        return generation;
    }

    private IndexGeneration? OpenWritable(string path)
    {
        var config = new IndexWriterConfig(IndexSchema.Version, writerAnalyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
            WriteLockTimeout = 0,
        };
        try
        {
            var generation = IndexGeneration.OpenWritable(path, config);
            CatchUp(generation);
            return generation;
        }
        catch (LockObtainFailedException)
        {
            if (!string.Equals(lockedPath, path, StringComparison.Ordinal))
            {
                lockedPath = path;
                logger.LogWarning("Index at {IndexPath} is locked by another writer: serving it read-only until the lock is free", path);
            }

            return null;
        }
    }

    /// <summary>
    /// Replays the live writes a generation's last commit does not hold (those after the offset a rebuild
    /// recorded), so articles posted while a rebuild ran are not lost when it switches.
    /// </summary>
    private void CatchUp(IndexGeneration generation)
    {
        var writer = generation.Writer!;
        if (journal is null || LiveWriteJournal.OffsetOf(writer.CommitData) is not { } from || from == journal.Length)
        {
            return;
        }

        var to = journal.Replay(from, writer);
        writer.SetCommitData(new Dictionary<string, string> { [LiveWriteJournal.CommitKey] = LiveWriteJournal.Format(to) });
        writer.Commit();
        generation.Manager.MaybeRefreshBlocking();
        logger.LogInformation("Replayed live writes {From}..{To} of {Journal} into {IndexPath}", from, to, journal.Path, generation.Path);
    }

    /// <summary>Swaps in <paramref name="next"/>; searches already under way finish on the old generation.</summary>
    private void Replace(IndexGeneration next, string why)
    {
        var previous = current;
        current = next;
        logger.LogInformation("Now serving {IndexPath} ({Mode}): {Why}", next.Path, next.Writer is null ? "read-only" : "writable", why);
        previous?.Release();
    }

    private void Reopen(IndexGeneration broken, string why)
    {
        lock (gate)
        {
            if (ReferenceEquals(current, broken) && !disposed)
            {
                Replace(Open(broken.Path), why);
            }
        }
    }

    /// <summary>Once a second: follow a generation switch, take a freed write lock, refresh the searcher.</summary>
    private void Maintain()
    {
        if (Interlocked.Exchange(ref maintaining, 1) == 1)
        {
            return;
        }

        try
        {
            var generation = current;
            if (generation is null)
            {
                return;
            }

            var live = IndexLayout.LiveDirectory(root);
            if (!string.Equals(live, generation.Path, StringComparison.Ordinal) && IndexExists(live))
            {
                lock (writeGate)
                {
                    lock (gate)
                    {
                        if (!disposed)
                        {
                            Replace(Open(live), "a rebuild switched the live generation");
                        }
                    }
                }

                return;
            }

            if (writerAnalyzer is not null && generation.Writer is null)
            {
                lock (writeGate)
                {
                    lock (gate)
                    {
                        if (!disposed && ReferenceEquals(current, generation) && OpenWritable(generation.Path) is { } writable)
                        {
                            Replace(writable, "the write lock became free");
                            return;
                        }
                    }
                }
            }

            if (generation.TryAddReference())
            {
                try
                {
                    generation.Manager.MaybeRefresh();
                }
                finally
                {
                    generation.Release();
                }
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Index maintenance failed for {IndexRoot}; retrying in a second", root);
        }
        finally
        {
            Volatile.Write(ref maintaining, 0);
        }
    }

    private static bool IndexExists(string path)
    {
        using var directory = FSDirectory.Open(path);
        return DirectoryReader.IndexExists(directory);
    }

    public void Dispose()
    {
        maintenance.Dispose();
        lock (writeGate)
        {
            lock (gate)
            {
                disposed = true;
                var last = current;
                current = null;
                last?.Release();
            }
        }
    }
}
