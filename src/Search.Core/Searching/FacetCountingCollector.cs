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
    private readonly List<int>[] touched;

    // Count arrays go back to this pool zeroed (only their touched entries are ever set), so renting one
    // needs no clearing pass over the segment's every ordinal.
    private static readonly ArrayPool<int> ZeroedCounts = ArrayPool<int>.Create();

    public FacetCountingCollector(IReadOnlyList<string> fields)
    {
        this.fields = fields.ToArray();
        totals = this.fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        segmentOrdinals = new SegmentOrdinals?[this.fields.Length];
        segmentCounts = new int[]?[this.fields.Length];
        touched = this.fields.Select(_ => new List<int>()).ToArray();
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
            }
        }
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < fields.Length; f++)
        {
            segmentOrdinals[f]?.CountInto(doc, segmentCounts[f]!, touched[f]);
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
            // In ordinal (value) order, as a walk over every ordinal would merge them.
            touched[f].Sort();
            foreach (var ord in touched[f])
            {
                ref var total = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(totals[f], values[ord], out _);
                total += counts[ord];
                counts[ord] = 0;
            }
            touched[f].Clear();
            ZeroedCounts.Return(counts);
            segmentOrdinals[f] = null;
            segmentCounts[f] = null;
        }
    }
}
