namespace Search.Core.Indexing;

/// <summary>
/// Cuts a sequence into batches and reads each next batch on another thread while the caller works on the
/// current one: the indexer's reading and parsing of a file then overlaps the analysis of the batch before,
/// instead of leaving every core but one idle while a batch is read.
/// </summary>
internal static class ReadAhead
{
    /// <summary>
    /// The items of <paramref name="source"/> in input order, in arrays of <paramref name="size"/> (the last may be
    /// shorter). The source is enumerated on one thread at a time, at most one batch ahead of the caller; an
    /// exception it throws surfaces when the batch it was reading is asked for.
    /// </summary>
    public static IEnumerable<T[]> Batches<T>(IEnumerable<T> source, int size) => Batches(source, size, batch => batch);

    /// <summary>
    /// As <see cref="Batches{T}(IEnumerable{T}, int)"/>, each batch handed to <paramref name="prepare"/> on the reading
    /// thread as soon as it is read: what it starts (say, tagging the batch's articles) then runs while the caller
    /// still works on the batch before.
    /// </summary>
    public static IEnumerable<TBatch> Batches<T, TBatch>(IEnumerable<T> source, int size, Func<T[], TBatch> prepare)
        where TBatch : class
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var batches = source.Chunk(size).Select(prepare).GetEnumerator();
        var next = ReadNext(batches);
        try
        {
            while (next.GetAwaiter().GetResult() is { } batch)
            {
                next = ReadNext(batches);
                yield return batch;
            }
        }
        finally
        {
            // The caller stopped early or failed: let the batch being read finish before the source is disposed
            // under it. Its outcome no longer matters, so waiting on the handle does not rethrow its exception.
            ((IAsyncResult)next).AsyncWaitHandle.WaitOne();
            batches.Dispose();
        }
    }

    private static Task<T?> ReadNext<T>(IEnumerator<T> batches)
        where T : class =>
        Task.Run(() => batches.MoveNext() ? batches.Current : null);
}
