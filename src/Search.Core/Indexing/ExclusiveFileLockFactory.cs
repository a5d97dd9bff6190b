using Lucene.Net.Store;

namespace Search.Core.Indexing;

/// <summary>
/// The write lock every index directory of ours is opened with. Lucene.Net's default on Linux
/// (<c>NativeFSLockFactory</c>, which picks a file-sharing lock there) opens <c>write.lock</c> with
/// <see cref="FileShare.Read"/>, which .NET maps to a <em>shared</em> <c>flock</c>: a second process then
/// "obtains" the same lock, and the API and an indexer run could both write one index. This factory opens the
/// lock file with <see cref="FileShare.None"/> — an exclusive <c>flock</c> on Linux and macOS, a share-mode lock
/// on Windows — so a second writer fails at once, in another process or in this one. The operating system
/// releases the lock when the holder dies; the file itself may stay and means nothing by itself.
/// </summary>
public sealed class ExclusiveFileLockFactory(string directory) : LockFactory
{
    /// <summary>Opens an index directory whose writers take the exclusive lock.</summary>
    public static FSDirectory OpenDirectory(string path) => FSDirectory.Open(path, new ExclusiveFileLockFactory(path));

    public override Lucene.Net.Store.Lock MakeLock(string lockName) =>
        new ExclusiveFileLock(Path.Combine(directory, LockPrefix is { Length: > 0 } prefix ? prefix + "-" + lockName : lockName));

    /// <summary>Nothing to clear: a lock is held by an open file, not by the file's existence.</summary>
    public override void ClearLock(string lockName)
    {
    }
}
