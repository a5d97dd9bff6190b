using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>A hit of the relevance ranking with what breaks its ties: the publication time, and the id once a tie needs it.</summary>
internal sealed class RankedHit(int doc, float score, long publishedMs) : ScoreDoc(doc, score)
{
    public long PublishedMs { get; set; } = publishedMs;

    /// <summary>The article id, read at the first tie that reaches it (<see cref="RelevanceOrder"/>).</summary>
    public string? Id { get; set; }
}
