using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>
/// Counts the values of SortedSetDocValues facet fields for every collected document, per segment
/// by ordinal (from the segment's cached <see cref="SegmentOrdinals"/>); ordinals become values once
/// per segment, only for ordinals that were hit (the collector keeps the list of them, so a search with
/// few hits never walks a dimension's every value). Segments are merged by value into one dictionary per
/// field, which is the answer itself (no copy when asked for).
/// </summary>
public sealed class FacetCountingCollector : ICollector
{
    private readonly string[] fields;
    private readonly Dictionary<string, int>[] totals;
    private readonly SegmentOrdinals?[] segmentOrdinals;
    private readonly int[]?[] segmentCounts;
    private readonly int[]?[] touched;
    private readonly int[] touchedCounts;

    // Count arrays go back to this pool zeroed (only their touched entries are ever set), so renting one
    // needs no clearing pass over the segment's every ordinal.
    private static readonly ArrayPool<int> ZeroedCounts = ArrayPool<int>.Create();

    public FacetCountingCollector(IReadOnlyList<string> fields)
    {
        this.fields = fields.ToArray();
        totals = this.fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        segmentOrdinals = new SegmentOrdinals?[this.fields.Length];
        segmentCounts = new int[]?[this.fields.Length];
        touched = new int[]?[this.fields.Length];
        touchedCounts = new int[this.fields.Length];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var f = 0; f < fields.Length; f++)
        {
            var ordinals = SegmentOrdinals.Of(context.AtomicReader, fields[f]);
            segmentOrdinals[f] = ordinals;
            if (ordinals is not null)
            {
                segmentCounts[f] = ZeroedCounts.Rent(ordinals.Values.Length);
                // Room for every ordinal from the start: growing a list hit by hit cost a broad search more
                // than the counting itself.
                touched[f] = ArrayPool<int>.Shared.Rent(ordinals.Values.Length);
            }
        }
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < fields.Length; f++)
        {
            segmentOrdinals[f]?.CountInto(doc, segmentCounts[f]!, touched[f]!, ref touchedCounts[f]);
        }
    }

    /// <summary>Counts of the given field after collection: value → number of documents.</summary>
    public IReadOnlyDictionary<string, int> CountsOf(string field)
    {
        FlushSegment();
        return totals[Array.IndexOf(fields, field)];
    }

    private void FlushSegment()
    {
        for (var f = 0; f < fields.Length; f++)
        {
            var ordinals = segmentOrdinals[f];
            var counts = segmentCounts[f];
            if (ordinals is null || counts is null)
            {
                continue;
            }
            var values = ordinals.Values;
            var hit = touched[f]!.AsSpan(0, touchedCounts[f]);
            // In ordinal (value) order, as a walk over every ordinal would merge them; room made once, not by
            // doubling as values arrive.
            hit.Sort();
            totals[f].EnsureCapacity(totals[f].Count + hit.Length);
            foreach (var ord in hit)
            {
                ref var total = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(totals[f], values[ord], out _);
                total += counts[ord];
                counts[ord] = 0;
            }
            ArrayPool<int>.Shared.Return(touched[f]!);
            touched[f] = null;
            touchedCounts[f] = 0;
            ZeroedCounts.Return(counts);
            segmentOrdinals[f] = null;
            segmentCounts[f] = null;
        }
    }
}
