using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>
/// Counts the values of SortedSetDocValues facet fields for every collected document, by ordinal from
/// end to end: each segment's cached ordinals (<see cref="SegmentOrdinals"/>) count into one pooled int
/// array per field in the reader's ordinal space (<see cref="ReaderOrdinals"/>), and the answer
/// (<see cref="FacetCounts"/>) reads values only for what is asked: the top few, or all in value order.
/// Dispose gives the arrays back; the counts must be read before.
/// </summary>
public sealed class FacetCountingCollector : ICollector, IDisposable
{
    private readonly string[] fields;
    private readonly FacetCounts?[] counts;
    private readonly SegmentOrdinals?[] segment;
    private readonly int[]?[] toReader;

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
        for (var f = 0; f < fields.Length; f++)
        {
            if (segment[f] is { } ordinals)
            {
                var c = counts[f]!;
                ordinals.CountInto(doc, toReader[f], c.Counts, c.Hit, ref c.HitCount);
            }
        }
    }

    /// <summary>Counts of the given field after collection.</summary>
    public FacetCounts CountsOf(string field) => counts[Array.IndexOf(fields, field)] ?? FacetCounts.None;

    public void Dispose()
    {
        for (var f = 0; f < counts.Length; f++)
        {
            counts[f]?.Release();
        }
    }
}
