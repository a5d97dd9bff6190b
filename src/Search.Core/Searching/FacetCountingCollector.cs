using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>
/// Counts the values of SortedSetDocValues facet fields for every collected document, per segment
/// by ordinal (from the segment's cached <see cref="SegmentOrdinals"/>); ordinals become values once
/// per segment, only for ordinals that were hit. Segments are merged by value instance (values are
/// shared across segments), and the merged counts become an ordinary dictionary once, when asked for.
/// </summary>
public sealed class FacetCountingCollector : ICollector
{
    private readonly string[] fields;
    private readonly Dictionary<string, int>[] totals;
    private readonly Dictionary<string, int>?[] results;
    private readonly SegmentOrdinals?[] segmentOrdinals;
    private readonly int[]?[] segmentCounts;

    public FacetCountingCollector(IReadOnlyList<string> fields)
    {
        this.fields = fields.ToArray();
        totals = this.fields.Select(_ => new Dictionary<string, int>(ReferenceEqualityComparer.Instance)).ToArray();
        results = new Dictionary<string, int>?[this.fields.Length];
        segmentOrdinals = new SegmentOrdinals?[this.fields.Length];
        segmentCounts = new int[]?[this.fields.Length];
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
                var counts = ArrayPool<int>.Shared.Rent(ordinals.Values.Length);
                Array.Clear(counts, 0, ordinals.Values.Length);
                segmentCounts[f] = counts;
            }
        }
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < fields.Length; f++)
        {
            segmentOrdinals[f]?.CountInto(doc, segmentCounts[f]!);
        }
    }

    /// <summary>Counts of the given field after collection: value → number of documents.</summary>
    public IReadOnlyDictionary<string, int> CountsOf(string field)
    {
        FlushSegment();
        var f = Array.IndexOf(fields, field);
        // Same entries in the same order as the merge saw them, now keyed by value.
        return results[f] ??= new Dictionary<string, int>(totals[f], StringComparer.Ordinal);
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
            results[f] = null;
            for (var ord = 0; ord < values.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }
                ref var total = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(totals[f], values[ord], out _);
                total += counts[ord];
            }
            ArrayPool<int>.Shared.Return(counts);
            segmentOrdinals[f] = null;
            segmentCounts[f] = null;
        }
    }
}
