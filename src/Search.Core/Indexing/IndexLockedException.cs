namespace Search.Core.Indexing;

/// <summary>
/// Another process holds the index's write lock: one writer at a time, so this one does not write.
/// The message names the directory and what to do instead.
/// </summary>
public sealed class IndexLockedException(string indexDirectory, Exception? inner = null) : Exception(
    $"The index at {indexDirectory} is locked by another writer (a running Search API, or another indexer run). "
    + "Ingest through POST /api/admin/articles while the API runs, use 'index --rebuild' (which writes a new generation beside the live one), "
    + "or stop the other writer and try again.",
    inner)
{
    public string IndexDirectory { get; } = indexDirectory;
}
