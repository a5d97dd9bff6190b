using System.Runtime.ExceptionServices;
using Search.Core.Articles;
using Search.Core.Ingestion;

namespace Search.Core.Indexing;

/// <summary>
/// One batch of records whose articles are tagged (<see cref="ArticleIndexWriter.Enrich"/>) ahead of their indexing.
/// As soon as the batch is read, workers of its own tag its articles from the batch's end backwards, while the
/// batch before is still analysed and committed (a commit flushes on one thread, which leaves the other cores idle
/// without them); the indexing threads, coming from the front, take what is tagged and tag the rest themselves.
/// Each article is tagged once, by whichever thread claims it first. Tagging writes nothing to the index, so doing
/// it ahead changes nothing a commit covers; only this batch is held tagged, so memory stays one batch ahead.
/// </summary>
internal sealed class TaggedBatch
{
    private const int Untouched = 0;
    private const int Claimed = 1;
    private const int Done = 2;

    private readonly Func<Article, Article>? tag;
    private readonly Article?[] tagged;
    private readonly ExceptionDispatchInfo?[] failures;
    private readonly int[] states;
    private readonly Task ahead;
    private int cursor;

    /// <param name="records">The batch, in input order.</param>
    /// <param name="tag">Tags one article; null when articles go in as they are (nothing is done ahead).</param>
    /// <param name="workers">Threads that tag ahead.</param>
    /// <param name="stop">Ends the tagging ahead (within one article per worker); <see cref="ArticleAt"/> still tags what is left.</param>
    public TaggedBatch(IngestedRecord[] records, Func<Article, Article>? tag, int workers, CancellationToken stop)
    {
        Records = records;
        this.tag = tag;
        tagged = new Article?[tag is null ? 0 : records.Length];
        failures = new ExceptionDispatchInfo?[tagged.Length];
        states = new int[tagged.Length];
        cursor = tagged.Length;
        ahead = tag is null || records.Length == 0
            ? Task.CompletedTask
            : Task.WhenAll(Enumerable.Range(0, Math.Max(1, workers)).Select(_ => Task.Factory.StartNew(
                () => TagAhead(stop), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
    }

    public IngestedRecord[] Records { get; }

    /// <summary>
    /// The article of record <paramref name="index"/> (which must have one), tagged: taken when a worker ahead
    /// tagged it, waited for while one is tagging it, else tagged now. A failure to tag it is thrown here, on the
    /// indexing thread, as if it had been tagged here.
    /// </summary>
    public Article ArticleAt(int index)
    {
        var article = Records[index].Article ?? throw new ArgumentException($"Record {index} of the batch has no article.", nameof(index));
        if (tag is null)
        {
            return article;
        }

        if (!TryTag(index))
        {
            var wait = new SpinWait();
            while (Volatile.Read(ref states[index]) != Done)
            {
                wait.SpinOnce();
            }
        }

        failures[index]?.Throw();
        return tagged[index]!;
    }

    /// <summary>Waits until the workers ahead have ended (once every article is claimed, or soon after the stop).</summary>
    public void WaitAhead() => ((IAsyncResult)ahead).AsyncWaitHandle.WaitOne();

    private void TagAhead(CancellationToken stop)
    {
        int index;
        while (!stop.IsCancellationRequested && (index = Interlocked.Decrement(ref cursor)) >= 0)
        {
            TryTag(index);
        }
    }

    /// <summary>Tags the article of record <paramref name="index"/> when no thread has claimed it yet; false when it has none or another thread has it.</summary>
    private bool TryTag(int index)
    {
        if (Records[index].Article is not { } article || Interlocked.CompareExchange(ref states[index], Claimed, Untouched) != Untouched)
        {
            return false;
        }

        try
        {
            tagged[index] = tag!(article);
        }
        catch (Exception ex)
        {
            failures[index] = ExceptionDispatchInfo.Capture(ex);
        }

        Volatile.Write(ref states[index], Done);
        return true;
    }
}
