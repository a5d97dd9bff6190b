namespace Search.Core.Searching;

/// <summary>Thrown when a search is attempted before an index exists at the configured path.</summary>
public sealed class IndexNotReadyException(string reason) : Exception(reason);
