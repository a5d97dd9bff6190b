using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// The one long-lived index of a process. Searches acquire and release a searcher snapshot. Given an
/// analyzer, it also holds the index's one <see cref="IndexWriter"/> (when no other process does) and
/// opens near-real-time searchers from it, so a write is visible to the next search. Once a second it
/// refreshes, notices a rebuild that switched the live generation (<see cref="IndexLayout"/>) and swaps
/// to it without failing searches that are under way (<see cref="ServedGeneration"/>), compacts the
/// journal of live writes once the new generation holds them, and retries the write lock if it was held.
/// The index may not exist yet when the service starts: it is opened as soon as it appears.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private static readonly TimeSpan MaintenanceInterval = TimeSpan.FromSeconds(1);
    private readonly string root;
    private readonly GenerationOpener opener;
    private readonly ServedGeneration served;
    private readonly ILogger<SearchIndex> logger;
    private readonly System.Threading.Lock writeGate = new();
    private readonly Timer maintenance;
    private int maintaining;

    /// <param name="writerAnalyzer">The analyzer to hold the writer with; null serves the index read-only.</param>
    /// <param name="journal">The API's live writes: replayed into a generation a rebuild switched to, and recorded in every commit.</param>
    public SearchIndex(IOptions<SearchOptions> options, ILogger<SearchIndex> logger, Analyzer? writerAnalyzer = null, LiveWriteJournal? journal = null)
    {
        root = Path.GetFullPath(options.Value.IndexPath);
        SplitFromDocuments = options.Value.SplitSearchFromDocuments;
        SplitParts = options.Value.SplitSearchParts > 0 ? options.Value.SplitSearchParts : Math.Clamp(Environment.ProcessorCount, 1, 8);
        this.logger = logger;
        var resident = new ResidentIndexFiles(
            ResidentIndexFiles.ParseExtensions(options.Value.ResidentFiles), ResidentIndexFiles.ParseExtensions(options.Value.RandomReadFiles), logger);
        opener = new GenerationOpener(writerAnalyzer, journal, resident, logger);
        served = new ServedGeneration(root, opener, logger);
        maintenance = new Timer(_ => Maintain(), null, MaintenanceInterval, MaintenanceInterval);
    }

    /// <summary>Documents from which searches split their passes over the cores (<see cref="SearchOptions.SplitSearchFromDocuments"/>).</summary>
    public int SplitFromDocuments { get; }

    /// <summary>Document ranges a split search runs at once (<see cref="SearchOptions.SplitSearchParts"/>).</summary>
    public int SplitParts { get; }

    /// <summary>Done when the chosen files of every searcher opened so far are resident (<see cref="SearchOptions.ResidentFiles"/>).</summary>
    public Task KeptResident => opener.Resident.Pending;

    /// <summary>Why the index is not open, or null when it is.</summary>
    public string? NotReadyReason => served.NotReadyReason;

    /// <summary>True when this process holds the writer; false when the index is served read-only.</summary>
    public bool IsWritable => served.Current?.Writer is not null;

    public int DocumentCount => Use(searcher => searcher.IndexReader.NumDocs);

    /// <summary>The directory of the generation being served, or null before an index exists.</summary>
    public string? LiveDirectory => served.Current?.Path;

    /// <summary>Runs <paramref name="work"/> on a searcher snapshot.</summary>
    public T Use<T>(Func<IndexSearcher, T> work)
    {
        var generation = served.Acquire();
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
        if (!opener.CanWrite)
        {
            throw new InvalidOperationException("This index is served read-only: it was opened without a writer analyzer.");
        }

        lock (writeGate)
        {
            var generation = served.Writable();
            var writer = generation.Writer!;
            var searcher = generation.Manager.Acquire();
            T result;
            try
            {
                result = work(writer, searcher);
                opener.RecordJournalPosition(writer);
                writer.Commit();
            }
            catch
            {
                generation.Manager.Release(searcher);
                writer.Rollback();
                served.Reopen(generation, "a write failed and was rolled back");
                throw;
            }

            generation.Manager.Release(searcher);
            generation.Manager.MaybeRefreshBlocking();
            return result;
        }
    }

    /// <summary>Makes the latest commit (or write) visible to the next acquired searcher.</summary>
    public void Refresh() => served.Current?.Manager.MaybeRefreshBlocking();

    /// <summary>
    /// Once a second: follow a generation switch (then compact the journal the new generation has caught
    /// up with), take a freed write lock, refresh the searcher.
    /// </summary>
    private void Maintain()
    {
        if (Interlocked.Exchange(ref maintaining, 1) == 1)
        {
            return;
        }

        try
        {
            var generation = served.Current;
            if (generation is null)
            {
                return;
            }

            if (served.PendingSwitch() is { } live)
            {
                lock (writeGate)
                {
                    served.SwitchTo(live);
                    if (served.Current is { Writer: not null } switched)
                    {
                        opener.CompactJournal(switched);
                    }
                }

                return;
            }

            if (opener.CanWrite && generation.Writer is null)
            {
                lock (writeGate)
                {
                    served.TakeFreedWriteLock(generation);
                }

                if (!ReferenceEquals(served.Current, generation))
                {
                    return;
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

    public void Dispose()
    {
        maintenance.Dispose();
        lock (writeGate)
        {
            served.Close();
        }
    }
}
