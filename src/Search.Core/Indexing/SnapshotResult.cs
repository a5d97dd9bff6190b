namespace Search.Core.Indexing;

/// <summary>What a snapshot copied: from which index and commit, how many files and bytes, how many documents it holds.</summary>
public sealed record SnapshotResult(string Destination, string Source, long CommitGeneration, int Files, long Bytes, int Documents);
