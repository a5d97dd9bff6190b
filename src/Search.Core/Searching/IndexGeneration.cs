using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// One open index directory: its searcher manager and, when this process holds the write lock, its
/// writer (the manager then opens near-real-time readers from the writer). Counted references keep a
/// retired generation open until the last request using it has finished.
/// </summary>
internal sealed class IndexGeneration
{
    private int references = 1;

    private IndexGeneration(string path, FSDirectory directory, IndexWriter? writer, SearcherManager manager)
    {
        Path = path;
        Directory = directory;
        Writer = writer;
        Manager = manager;
    }

    public string Path { get; }

    public FSDirectory Directory { get; }

    /// <summary>The writer, or null when the index is served read-only.</summary>
    public IndexWriter? Writer { get; }

    public SearcherManager Manager { get; }

    /// <summary>Opens the directory read-only: new commits are seen on refresh.</summary>
    /// <param name="resident">Keeps the chosen files of every searcher's segments in memory.</param>
    public static IndexGeneration OpenReadOnly(string path, ResidentIndexFiles resident)
    {
        var directory = ExclusiveFileLockFactory.OpenDirectory(path);
        try
        {
            return new IndexGeneration(path, directory, null, new SearcherManager(directory, new Bm25SearcherFactory(resident, path)));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Takes the write lock (failing at once when it is held) and opens near-real-time searchers from the writer.</summary>
    /// <exception cref="Lucene.Net.Store.LockObtainFailedException">Another writer holds the lock.</exception>
    public static IndexGeneration OpenWritable(string path, IndexWriterConfig config, ResidentIndexFiles resident)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = ExclusiveFileLockFactory.OpenDirectory(path);
        IndexWriter? writer = null;
        try
        {
            writer = new IndexWriter(directory, config);
            writer.Commit();
            return new IndexGeneration(path, directory, writer, new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory(resident, path)));
        }
        catch
        {
            writer?.Rollback();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Adds a user; false when the generation has already been closed.</summary>
    public bool TryAddReference()
    {
        while (true)
        {
            var seen = Volatile.Read(ref references);
            if (seen <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref references, seen + 1, seen) == seen)
            {
                return true;
            }
        }
    }

    /// <summary>Drops a user; the last one out closes the searchers, the writer and the directory.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref references) != 0)
        {
            return;
        }

        Manager.Dispose();
        // Every acknowledged write was committed, so closing without another commit loses nothing.
        Writer?.Rollback();
        Directory.Dispose();
    }

    private sealed class Bm25SearcherFactory(ResidentIndexFiles resident, string path) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            resident.Keep(reader, path);
            return new(reader) { Similarity = ExactLengthBm25Similarity.Instance };
        }
    }
}
