using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// Opens an index generation for serving: writable when an analyzer was given and no other process holds
/// the write lock, else read-only. A writable generation is first brought up to date with the
/// <see cref="LiveWriteJournal"/> (the writes posted while a rebuild built it), and every commit through it
/// records how far into the journal it holds.
/// </summary>
internal sealed class GenerationOpener(Analyzer? writerAnalyzer, LiveWriteJournal? journal, ResidentIndexFiles resident, ILogger logger)
{
    /// <summary>What keeps the chosen index files in memory, for every generation opened.</summary>
    public ResidentIndexFiles Resident => resident;

    private string? lockedPath;

    /// <summary>False when the index is served read-only by design (no analyzer to write with).</summary>
    public bool CanWrite => writerAnalyzer is not null;

    /// <summary>Opens writable if the lock is free, else read-only.</summary>
    public IndexGeneration Open(string path)
    {
        var generation = CanWrite ? OpenWritable(path) : null;
        generation ??= IndexGeneration.OpenReadOnly(path, resident);
        logger.LogInformation("Opened index at {IndexPath} ({Mode})", path, generation.Writer is null ? "read-only" : "writable");
        return generation;
    }

    /// <summary>Takes the write lock and catches up with the journal; null when another writer holds the lock.</summary>
    public IndexGeneration? OpenWritable(string path)
    {
        var config = new IndexWriterConfig(IndexSchema.Version, writerAnalyzer)
        {
            Codec = new ArticleCodec(),
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = ExactLengthBm25Similarity.Instance,
            WriteLockTimeout = 0,
        };
        try
        {
            var generation = IndexGeneration.OpenWritable(path, config, resident);
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

    /// <summary>Sets the commit data of the next commit: the journal position it holds (every write so far).</summary>
    public void RecordJournalPosition(IndexWriter writer)
    {
        if (journal is not null)
        {
            writer.SetCommitData(journal.End.ToCommitData());
        }
    }

    /// <summary>
    /// Compacts the journal (<see cref="LiveWriteJournal.Compact"/>) and commits the generation at the new
    /// position. Call with the write gate held, on the writable live generation: its commit then holds every
    /// write, so nothing is replayed again; a crash between the two costs one whole (idempotent) replay.
    /// </summary>
    public void CompactJournal(IndexGeneration generation)
    {
        if (journal is null || generation.Writer is not { } writer || journal.Compact() is not { } compaction)
        {
            return;
        }

        writer.SetCommitData(compaction.End.ToCommitData());
        writer.Commit();
        logger.LogInformation(
            "Compacted {Journal}: kept {Kept} of {Entries} entries, {BytesBefore} → {BytesAfter} bytes",
            journal.Path, compaction.Kept, compaction.Entries, compaction.BytesBefore, compaction.BytesAfter);
    }

    /// <summary>
    /// Replays the live writes a generation's last commit does not hold (those after the position a rebuild
    /// recorded), so articles posted while a rebuild ran are not lost when it switches.
    /// </summary>
    private void CatchUp(IndexGeneration generation)
    {
        var writer = generation.Writer!;
        if (journal is null || JournalPosition.Of(writer.CommitData) is not { } from || from == journal.End)
        {
            return;
        }

        var to = journal.Replay(from, writer);
        writer.SetCommitData(to.ToCommitData());
        writer.Commit();
        generation.Manager.MaybeRefreshBlocking();
        var start = string.Equals(from.Epoch, to.Epoch, StringComparison.Ordinal) ? from.Offset : 0;
        logger.LogInformation("Replayed live writes {From}..{To} (epoch {Epoch}) of {Journal} into {IndexPath}", start, to.Offset, to.Epoch, journal.Path, generation.Path);
    }
}
