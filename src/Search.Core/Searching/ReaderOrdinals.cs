using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Search.Core.Searching;

/// <summary>
/// One ordinal space for a facet field over every segment of a reader: each distinct value gets one
/// ordinal, so a search counts into one int array per dimension instead of merging segments by value.
/// A reader of one segment (the index after a bulk run) uses the segment's own ordinals; otherwise the
/// values are ordered by <see cref="string.CompareOrdinal(string, string)"/> and each segment gets an
/// array from its ordinals to the reader's. Built once per top-level reader and cached with it.
/// </summary>
public sealed class ReaderOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Lazy<ReaderOrdinals?>>> Cache = new();

    // Per leaf (by its ord in the reader): segment ordinal → reader ordinal; null for a leaf whose ordinals
    // are the reader's own, or that has no values.
    private readonly int[]?[] toReader;
    private readonly SegmentOrdinals?[] segments;

    private ReaderOrdinals(string[] values, SegmentOrdinals?[] segments, int[]?[] toReader)
    {
        Values = values;
        this.segments = segments;
        this.toReader = toReader;
    }

    /// <summary>The value of each reader ordinal.</summary>
    public string[] Values { get; }

    /// <summary>The ordinals of <paramref name="field"/> in the reader <paramref name="context"/> belongs to, or null when no segment has any.</summary>
    public static ReaderOrdinals? Of(AtomicReaderContext context, string field)
    {
        var top = ReaderUtil.GetTopLevelContext(context);
        return Cache.GetValue(top.Reader.CoreCacheKey, _ => new ConcurrentDictionary<string, Lazy<ReaderOrdinals?>>(StringComparer.Ordinal))
            .GetOrAdd(field, f => new Lazy<ReaderOrdinals?>(() => Load(top.Leaves, f)))
            .Value;
    }

    /// <summary>The segment's ordinals of the leaf with ord <paramref name="leaf"/>, or null when it has none.</summary>
    public SegmentOrdinals? Segment(int leaf) => segments[leaf];

    /// <summary>The map from the leaf's ordinals to the reader's, or null when they are the same.</summary>
    public int[]? ToReader(int leaf) => toReader[leaf];

    private static ReaderOrdinals? Load(IList<AtomicReaderContext> leaves, string field)
    {
        var segments = leaves.Select(l => SegmentOrdinals.Of(l.AtomicReader, field)).ToArray();
        var withValues = segments.Where(s => s is not null).ToList();
        if (withValues.Count == 0)
        {
            return null;
        }
        var toReader = new int[]?[segments.Length];
        if (withValues.Count == 1)
        {
            return new ReaderOrdinals(withValues[0]!.Values, segments, toReader);
        }
        // Values are interned (SegmentOrdinals), so equal values of two segments are one instance.
        var values = withValues.SelectMany(s => s!.Values).Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(values, StringComparer.Ordinal);
        var ordinalOf = new Dictionary<string, int>(values.Length, StringComparer.Ordinal);
        for (var ord = 0; ord < values.Length; ord++)
        {
            ordinalOf[values[ord]] = ord;
        }
        for (var leaf = 0; leaf < segments.Length; leaf++)
        {
            if (segments[leaf] is { } segment)
            {
                toReader[leaf] = Array.ConvertAll(segment.Values, v => ordinalOf[v]);
            }
        }
        return new ReaderOrdinals(values, segments, toReader);
    }
}
