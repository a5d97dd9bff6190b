using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// Which generation a process serves, and swapping it: opened on first use (the index may appear after
/// the service starts), replaced when a rebuild switches the live generation or the write lock becomes
/// free, and closed when the last search using a replaced one has finished.
/// </summary>
internal sealed class ServedGeneration(string root, GenerationOpener opener, ILogger logger)
{
    private readonly System.Threading.Lock gate = new();
    private volatile IndexGeneration? current;
    private bool disposed;

    public IndexGeneration? Current => current;

    /// <summary>Why the index is not open, or null when it is.</summary>
    public string? NotReadyReason => TryOpen() ? null : $"No index at {root} yet: run the indexer first.";

    /// <summary>The served generation with a reference added; release it when done.</summary>
    /// <exception cref="IndexNotReadyException">There is no index yet.</exception>
    public IndexGeneration Acquire()
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

    /// <summary>The served generation, writable: takes the write lock first, or creates the index when there is none.</summary>
    /// <exception cref="IndexLockedException">Another process holds the write lock.</exception>
    public IndexGeneration Writable()
    {
        if (current is { Writer: not null } held)
        {
            return held;
        }

        lock (gate)
        {
            if (current is null)
            {
                current = opener.OpenWritable(IndexLayout.LiveDirectory(root))
                    ?? throw new IndexLockedException(IndexLayout.LiveDirectory(root));
                return current;
            }

            if (current.Writer is null)
            {
                var writable = opener.OpenWritable(current.Path) ?? throw new IndexLockedException(current.Path);
                Replace(writable, "the write lock became free");
            }

            return current!;
        }
    }

    /// <summary>The live generation's directory when a rebuild switched to it and it is not served yet, else null.</summary>
    public string? PendingSwitch()
    {
        var live = IndexLayout.LiveDirectory(root);
        return current is { } served && !string.Equals(live, served.Path, StringComparison.Ordinal) && IndexExists(live) ? live : null;
    }

    /// <summary>Serves <paramref name="live"/>, the generation a rebuild switched to.</summary>
    public void SwitchTo(string live)
    {
        lock (gate)
        {
            if (!disposed)
            {
                Replace(opener.Open(live), "a rebuild switched the live generation");
            }
        }
    }

    /// <summary>Reopens <paramref name="generation"/> writable if it is still served read-only and the lock is free.</summary>
    public void TakeFreedWriteLock(IndexGeneration generation)
    {
        lock (gate)
        {
            if (!disposed && ReferenceEquals(current, generation) && opener.OpenWritable(generation.Path) is { } writable)
            {
                Replace(writable, "the write lock became free");
            }
        }
    }

    /// <summary>Reopens a generation whose writer was rolled back, if it is still the one served.</summary>
    public void Reopen(IndexGeneration broken, string why)
    {
        lock (gate)
        {
            if (ReferenceEquals(current, broken) && !disposed)
            {
                Replace(opener.Open(broken.Path), why);
            }
        }
    }

    /// <summary>Stops serving: the generation closes when the last search using it has finished.</summary>
    public void Close()
    {
        lock (gate)
        {
            disposed = true;
            var last = current;
            current = null;
            last?.Release();
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

            current = opener.Open(path);
            return true;
        }
    }

    /// <summary>Swaps in <paramref name="next"/>; searches already under way finish on the old generation.</summary>
    private void Replace(IndexGeneration next, string why)
    {
        var previous = current;
        current = next;
        logger.LogInformation("Now serving {IndexPath} ({Mode}): {Why}", next.Path, next.Writer is null ? "read-only" : "writable", why);
        previous?.Release();
    }

    private static bool IndexExists(string path)
    {
        using var directory = FSDirectory.Open(path);
        return DirectoryReader.IndexExists(directory);
    }
}
