using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>
/// Counts the values of SortedSetDocValues facet fields for every collected document, by ordinal from
/// end to end: each segment's cached ordinals (<see cref="SegmentOrdinals"/>) count into one pooled int
/// array per field in the reader's ordinal space (<see cref="ReaderOrdinals"/>), and the answer
/// (<see cref="FacetCounts"/>) reads values only for what is asked: the top few, or all in value order.
/// Collected documents are counted a run at a time (<see cref="Run"/>), field by field, so each field's arrays stay
/// in the cache for the run. Dispose gives the arrays back; the counts must be read before.
/// </summary>
public sealed class FacetCountingCollector : ICollector, IDisposable
{
    /// <summary>How many collected documents wait to be counted together.</summary>
    public const int Run = 512;

    private readonly string[] fields;
    private readonly FacetCounts?[] counts;
    private readonly SegmentOrdinals?[] segment;
    private readonly int[]?[] toReader;
    private readonly int[] pending = new int[Run];
    private int pendingCount;

    public FacetCountingCollector(IReadOnlyList<string> fields)
    {
        this.fields = fields.ToArray();
        counts = new FacetCounts?[this.fields.Length];
        segment = new SegmentOrdinals?[this.fields.Length];
        toReader = new int[]?[this.fields.Length];
    }

    // In order: counts do not depend on it, and a collector that took documents out of order let Lucene
    // answer a pure disjunction with its bucket scorer, which builds a table of 2,048 buckets per segment
    // and pass (a sideways pass, a facet count of its own).
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        CountPending();
        for (var f = 0; f < fields.Length; f++)
        {
            var ordinals = ReaderOrdinals.Of(context, fields[f]);
            segment[f] = ordinals?.Segment(context.Ord);
            toReader[f] = ordinals?.ToReader(context.Ord);
            if (ordinals is not null && counts[f] is null)
            {
                counts[f] = new FacetCounts(ordinals.Values);
            }
        }
    }

    public void Collect(int doc)
    {
        pending[pendingCount++] = doc;
        if (pendingCount == pending.Length)
        {
            CountPending();
        }
    }

    /// <summary>Counts of the given field after collection.</summary>
    public FacetCounts CountsOf(string field)
    {
        CountPending();
        return counts[Array.IndexOf(fields, field)] ?? FacetCounts.None;
    }

    public void Dispose()
    {
        pendingCount = 0;
        for (var f = 0; f < counts.Length; f++)
        {
            counts[f]?.Release();
        }
    }

    /// <summary>Counts the documents collected since the last run, in the segment they were collected in.</summary>
    private void CountPending()
    {
        if (pendingCount == 0)
        {
            return;
        }
        var docs = pending.AsSpan(0, pendingCount);
        for (var f = 0; f < fields.Length; f++)
        {
            if (segment[f] is { } ordinals)
            {
                var c = counts[f]!;
                ordinals.CountInto(docs, toReader[f], c.Counts, c.Hit, ref c.HitCount);
            }
        }
        pendingCount = 0;
    }
}
