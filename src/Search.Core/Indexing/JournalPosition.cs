using System.Globalization;

namespace Search.Core.Indexing;

/// <summary>
/// How far into the <see cref="LiveWriteJournal"/> an index commit holds the writes: the journal's epoch
/// (a new one each time the journal is compacted, empty for a journal never compacted) and a byte offset
/// within that epoch's file. An offset from another epoch says nothing about the current file.
/// </summary>
public sealed record JournalPosition(string Epoch, long Offset)
{
    /// <summary>Commit user data: the offset, in bytes, up to which the commit holds the journal's writes.</summary>
    public const string OffsetKey = "journal";

    /// <summary>Commit user data: the epoch of the journal file the offset refers to.</summary>
    public const string EpochKey = "journal-epoch";

    /// <summary>The start of a journal that was never compacted (and has no header line).</summary>
    public static readonly JournalPosition Start = new(string.Empty, 0);

    /// <summary>The position a commit's user data records, or null when the commit says nothing about the journal.</summary>
    public static JournalPosition? Of(IDictionary<string, string> commitData) =>
        commitData.TryGetValue(OffsetKey, out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            ? new JournalPosition(commitData.TryGetValue(EpochKey, out var epoch) ? epoch : string.Empty, offset)
            : null;

    /// <summary>Commit user data recording this position beside <paramref name="other"/> entries.</summary>
    public Dictionary<string, string> ToCommitData(IDictionary<string, string>? other = null) =>
        new(other ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            [OffsetKey] = Offset.ToString(CultureInfo.InvariantCulture),
            [EpochKey] = Epoch,
        };
}
