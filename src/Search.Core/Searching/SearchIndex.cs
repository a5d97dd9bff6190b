using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// The one long-lived <see cref="SearcherManager"/> over the index directory. Searches acquire and
/// release a searcher snapshot; commits by the indexer are picked up within a second. The index may not
/// exist yet when the service starts: it is opened as soon as it appears.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);
    private readonly string path;
    private readonly ILogger<SearchIndex> logger;
    private readonly System.Threading.Lock gate = new();
    private FSDirectory? directory;
    private SearcherManager? manager;
    private long lastRefresh;

    public SearchIndex(IOptions<SearchOptions> options, ILogger<SearchIndex> logger)
    {
        path = Path.GetFullPath(options.Value.IndexPath);
        this.logger = logger;
    }

    /// <summary>Why the index is not open, or null when it is.</summary>
    public string? NotReadyReason => TryOpen() ? null : $"No index at {path} yet: run the indexer first.";

    /// <summary>Runs <paramref name="work"/> on a searcher snapshot.</summary>
    public T Use<T>(Func<IndexSearcher, T> work)
    {
        if (!TryOpen())
        {
            throw new IndexNotReadyException(NotReadyReason ?? "The index is not open.");
        }
        MaybeRefresh();
        var searcher = manager!.Acquire();
        try
        {
            return work(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>Makes the latest commit visible to the next acquired searcher.</summary>
    public void Refresh() => manager?.MaybeRefreshBlocking();

    public int DocumentCount => Use(searcher => searcher.IndexReader.NumDocs);

    private bool TryOpen()
    {
        if (manager is not null)
        {
            return true;
        }
        lock (gate)
        {
            if (manager is not null)
            {
                return true;
            }
            var candidate = FSDirectory.Open(path);
            if (!System.IO.Directory.Exists(path) || !DirectoryReader.IndexExists(candidate))
            {
                candidate.Dispose();
                return false;
            }
            directory = candidate;
            manager = new SearcherManager(directory, new Bm25SearcherFactory());
            lastRefresh = Stopwatch.GetTimestamp();
            logger.LogInformation("Opened index at {IndexPath}", path);
            return true;
        }
    }

    private void MaybeRefresh()
    {
        var last = Interlocked.Read(ref lastRefresh);
        if (Stopwatch.GetElapsedTime(last) < RefreshInterval
            || Interlocked.CompareExchange(ref lastRefresh, Stopwatch.GetTimestamp(), last) != last)
        {
            return;
        }
        if (manager!.MaybeRefresh())
        {
            logger.LogDebug("Searcher refreshed for {IndexPath}", path);
        }
    }

    public void Dispose()
    {
        manager?.Dispose();
        directory?.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) =>
            new(reader) { Similarity = new BM25Similarity() };
    }
}
