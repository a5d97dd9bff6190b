namespace Search.Core.Indexing;

/// <summary>What happened to one record of a live ingestion request.</summary>
public enum IngestStatus
{
    /// <summary>A new article.</summary>
    Created,

    /// <summary>Replaced the article with the same id.</summary>
    Updated,

    /// <summary>Not indexed; the outcome says why.</summary>
    Rejected,
}
