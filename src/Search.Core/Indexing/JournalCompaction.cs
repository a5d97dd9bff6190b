namespace Search.Core.Indexing;

/// <summary>What <see cref="LiveWriteJournal.Compact"/> did: entries read and kept, bytes before and after, and the new end.</summary>
public sealed record JournalCompaction(int Entries, int Kept, long BytesBefore, JournalPosition End)
{
    public long BytesAfter => End.Offset;
}
