using System.Collections.Concurrent;
using System.Diagnostics;
using Search.Core.Discovery;
using Search.Core.Ingestion;

namespace Search.Core.Indexing;

/// <summary>
/// Drives one indexing run: records in, upserts out, rejections kept with file and line.
/// Analysis runs on every core; the same id twice keeps the later record. Records go in batches of <paramref name="commitEvery"/>, each ending in a
/// commit that records how many input records it covers (<see cref="IndexCommitData"/>), so a run that
/// dies or fails keeps every whole batch before it (a failure rolls the batch it was in back) and a rerun upserts the rest. With <see cref="ArticleIndexWriter.Enrich"/> set, each
/// batch's articles are tagged ahead while the batch before is indexed and committed (<see cref="TaggedBatch"/>). After the last batch, near-duplicates
/// are regrouped over the whole index (<see cref="NearDuplicateGrouper"/>) and committed. A bulk run (one that
/// wrote at least half the documents the index ends with) then merges the index down to
/// <paramref name="mergeTo"/> segments: a search visits each segment, so a freshly built archive answers
/// fastest as one. Runs that add a few articles to a large index leave merging to Lucene's merge policy.
/// </summary>
public sealed class ArticleIndexer(
    ArticleIndexWriter writer,
    int commitEvery = ArticleIndexer.DefaultCommitEvery,
    DuplicateOptions? duplicates = null,
    int mergeTo = ArticleIndexer.DefaultMergeTo)
{
    /// <summary>Records per commit unless configured otherwise.</summary>
    public const int DefaultCommitEvery = 10_000;

    /// <summary>Segments a bulk run leaves; 0 leaves them to the merge policy.</summary>
    public const int DefaultMergeTo = 1;

    public IndexingSummary Run(
        IEnumerable<IngestedRecord> records,
        string indexPath,
        Action<IndexingProgress>? onProgress = null,
        Action<IngestedRecord>? onRejected = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var rejections = new ConcurrentQueue<IngestedRecord>();
        int read = 0, added = 0, updated = 0;
        var lastReport = 0L;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        // Each batch's articles are tagged ahead (TaggedBatch) from the moment it is read, so the cores the batch
        // before leaves idle while it commits tag them; the run stops the tagging ahead however it ends. The queue
        // holds the batches read and not yet committed.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var started = new ConcurrentQueue<TaggedBatch>();
        var tagAhead = Math.Max(1, Environment.ProcessorCount - 1);
        try
        {
            foreach (var batch in ReadAhead.Batches(records, Math.Max(1, commitEvery), chunk => Started(new TaggedBatch(chunk, writer.Enrich, tagAhead, stop.Token))))
            {
                // Records of an id that occurs more than once in the batch go in one by one, in input order, so
                // the last one wins as it would across batches; all others are analysed in parallel.
                var inBatch = Enumerable.Range(0, batch.Records.Length);
                var repeated = batch.Records.Where(r => r.Article is not null).GroupBy(r => r.Article!.Id, StringComparer.Ordinal)
                    .Where(g => g.Skip(1).Any()).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
                bool Repeated(int i) => batch.Records[i].Article is { } article && repeated.Contains(article.Id);
                Parallel.ForEach(inBatch.Where(i => !Repeated(i)), options, i => Index(batch, i));
                foreach (var i in inBatch.Where(Repeated))
                {
                    Index(batch, i);
                }

                writer.Commit(IndexCommitData.For(read));
                Finished(batch);
            }
        }
        catch
        {
            // What the failed batch wrote is dropped: the index ends at the last commit, which covers exactly its records.
            writer.Rollback();
            throw;
        }
        finally
        {
            stop.Cancel();
            foreach (var batch in started)
            {
                batch.WaitAhead();
            }
        }

        TaggedBatch Started(TaggedBatch batch)
        {
            started.Enqueue(batch);
            return batch;
        }

        // A committed batch leaves the queue, which then holds only the batches read and not yet indexed: batches
        // are started and indexed in the same order, so it is the queue's first. Kept, every article read would stay
        // in memory to the end of the run (10 GiB at a million articles).
        void Finished(TaggedBatch batch)
        {
            if (!started.TryDequeue(out var first) || !ReferenceEquals(first, batch))
            {
                throw new InvalidOperationException("Batches must be indexed in the order they were read.");
            }

            first.WaitAhead();
        }

        void Index(TaggedBatch batch, int index)
        {
            Interlocked.Increment(ref read);
            var record = batch.Records[index];
            if (record.Article is null)
            {
                Reject(record);
            }
            else if (TryUpsert(batch, index) is { } replaced)
            {
                Interlocked.Increment(ref replaced ? ref updated : ref added);
            }
            var now = clock.ElapsedMilliseconds;
            var last = Interlocked.Read(ref lastReport);
            if (onProgress is not null && now - last >= 250 && Interlocked.CompareExchange(ref lastReport, now, last) == last)
            {
                onProgress(new IndexingProgress(read, added + updated, rejections.Count, clock.Elapsed));
            }
        }

        void Reject(IngestedRecord record)
        {
            rejections.Enqueue(record);
            onRejected?.Invoke(record);
        }

        // True when the article replaced one, false when it is new, null when Lucene refused it: a keyword or
        // facet value over 32,766 bytes (say, a 40 KB author) is rejected like any bad record, and the writer stays usable.
        bool? TryUpsert(TaggedBatch batch, int index)
        {
            var record = batch.Records[index];
            try
            {
                return writer.UpsertTagged(batch.ArticleAt(index));
            }
            catch (ArgumentException ex)
            {
                Reject(IngestedRecord.Rejected(record.File, record.Line, RejectionReason.TooLarge, ex.Message));
                return null;
            }
        }

        var grouping = writer.GroupDuplicates(duplicates ?? new DuplicateOptions());
        writer.Commit(IndexCommitData.For(read));
        if (mergeTo > 0 && 2L * (added + updated) >= writer.DocumentCount)
        {
            writer.MergeTo(mergeTo);
            writer.Commit(IndexCommitData.For(read));
        }
        clock.Stop();
        onProgress?.Invoke(new IndexingProgress(read, added + updated, rejections.Count, clock.Elapsed));
        var ordered = rejections.OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).ToList();
        return new IndexingSummary(read, added, updated, ordered, writer.DocumentCount, clock.Elapsed, DirectorySize(indexPath))
        {
            Duplicates = grouping,
        };
    }

    private static long DirectorySize(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
