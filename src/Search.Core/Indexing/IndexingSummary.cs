using Search.Core.Discovery;
using Search.Core.Ingestion;

namespace Search.Core.Indexing;

/// <summary>What one indexing run did.</summary>
public sealed record IndexingSummary(
    int Read,
    int Added,
    int Updated,
    IReadOnlyList<IngestedRecord> Rejections,
    int DocumentCount,
    TimeSpan Elapsed,
    long IndexBytes)
{
    public int Indexed => Added + Updated;

    /// <summary>Near-duplicate groups after the run, when they were computed.</summary>
    public DuplicateGrouping? Duplicates { get; init; }

    public int Rejected => Rejections.Count;

    public double DocsPerSecond => Elapsed.TotalSeconds > 0 ? Indexed / Elapsed.TotalSeconds : 0;

    public IReadOnlyDictionary<RejectionReason, int> RejectedByReason =>
        Rejections.GroupBy(r => r.Reason!.Value).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
}
