using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Bench.Verification;

/// <summary>
/// The first, uncached facet counter, kept to check the cached one against. Counts the values of SortedSetDocValues facet fields for every collected document, per segment
/// by ordinal; ordinals become values once per segment, only for ordinals that were hit.
/// </summary>
public sealed class ReferenceFacetCounter : ICollector
{
    private readonly string[] fields;
    private readonly Dictionary<string, int>[] totals;
    private readonly SortedSetDocValues?[] segmentValues;
    private readonly int[]?[] segmentCounts;

    public ReferenceFacetCounter(IReadOnlyList<string> fields)
    {
        this.fields = fields.ToArray();
        totals = this.fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        segmentValues = new SortedSetDocValues?[this.fields.Length];
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
            var values = context.AtomicReader.GetSortedSetDocValues(fields[f]);
            segmentValues[f] = values;
            segmentCounts[f] = values is null ? null : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < fields.Length; f++)
        {
            var values = segmentValues[f];
            if (values is null)
            {
                continue;
            }
            var counts = segmentCounts[f]!;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                counts[ord]++;
            }
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
        var term = new BytesRef();
        for (var f = 0; f < fields.Length; f++)
        {
            var values = segmentValues[f];
            var counts = segmentCounts[f];
            if (values is null || counts is null)
            {
                continue;
            }
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }
                values.LookupOrd(ord, term);
                var value = term.Utf8ToString();
                totals[f][value] = totals[f].GetValueOrDefault(value) + counts[ord];
            }
            segmentValues[f] = null;
            segmentCounts[f] = null;
        }
    }
}
