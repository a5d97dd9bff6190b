using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Searching;

/// <summary>
/// The facet ordinals of one SortedSetDocValues field in one segment, decoded once into plain arrays
/// (document → ordinals) with every ordinal's value, so counting a hit is an array read instead of a
/// doc-values lookup. Cached per segment core: segments that survive a refresh keep their arrays, and
/// the arrays go when the segment does.
/// </summary>
public sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Lazy<SegmentOrdinals?>>> Cache = new();

    // One string instance per distinct value, shared by every segment and every generation of the index.
    private static readonly ConcurrentDictionary<string, string> Interned = new(StringComparer.Ordinal);

    // Document d has ordinals ords[starts[d] .. starts[d + 1]); starts is null when every document
    // has at most one value, and then ords[d] is its ordinal or -1.
    private readonly int[] ords;
    private readonly int[]? starts;

    private SegmentOrdinals(int[] ords, int[]? starts, string[] values)
    {
        this.ords = ords;
        this.starts = starts;
        Values = values;
    }

    /// <summary>The value of each ordinal; equal values of different segments are the same instance.</summary>
    public string[] Values { get; }

    /// <summary>The ordinals of <paramref name="field"/> in the segment, or null when the segment has none.</summary>
    public static SegmentOrdinals? Of(AtomicReader reader, string field) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, Lazy<SegmentOrdinals?>>(StringComparer.Ordinal))
            .GetOrAdd(field, f => new Lazy<SegmentOrdinals?>(() => Load(reader, f)))
            .Value;

    /// <summary>
    /// Adds one to the count of every ordinal of <paramref name="doc"/>, mapped through <paramref name="toReader"/>
    /// when given (<see cref="ReaderOrdinals"/>); an ordinal counted for the first time is appended to
    /// <paramref name="touched"/> (at <paramref name="touchedCount"/>, which it advances), so the counts can be
    /// read and cleared without a pass over every ordinal. <paramref name="counts"/> and <paramref name="touched"/>
    /// must have room for every ordinal of the ordinal space counted into.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CountInto(int doc, int[]? toReader, int[] counts, int[] touched, ref int touchedCount)
    {
        if (starts is null)
        {
            var ord = ords[doc];
            if (ord >= 0)
            {
                Count(toReader is null ? ord : toReader[ord], counts, touched, ref touchedCount);
            }
            return;
        }
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++)
        {
            Count(toReader is null ? ords[i] : toReader[ords[i]], counts, touched, ref touchedCount);
        }
    }

    /// <summary>
    /// <see cref="CountInto(int, int[], int[], int[], ref int)"/> for each of <paramref name="docs"/> in turn: the same
    /// counts, with one field's arrays read for a run of documents rather than every field's for each document.
    /// </summary>
    public void CountInto(ReadOnlySpan<int> docs, int[]? toReader, int[] counts, int[] touched, ref int touchedCount)
    {
        if (starts is not null || toReader is not null)
        {
            foreach (var doc in docs)
            {
                CountInto(doc, toReader, counts, touched, ref touchedCount);
            }
            return;
        }
        var own = ords;
        foreach (var doc in docs)
        {
            var ord = own[doc];
            if (ord >= 0)
            {
                Count(ord, counts, touched, ref touchedCount);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Count(int ord, int[] counts, int[] touched, ref int touchedCount)
    {
        if (counts[ord]++ == 0)
        {
            touched[touchedCount++] = ord;
        }
    }

    private static SegmentOrdinals? Load(AtomicReader reader, string field)
    {
        var values = reader.GetSortedSetDocValues(field);
        if (values is null)
        {
            return null;
        }
        var maxDoc = reader.MaxDoc;
        var labels = new string[values.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < labels.Length; ord++)
        {
            values.LookupOrd(ord, term);
            var label = term.Utf8ToString();
            labels[ord] = Interned.GetOrAdd(label, label);
        }
        if (DocValues.UnwrapSingleton(values) is { } single)
        {
            var ords = new int[maxDoc];
            for (var doc = 0; doc < maxDoc; doc++)
            {
                ords[doc] = single.GetOrd(doc);
            }
            return new SegmentOrdinals(ords, null, labels);
        }
        var starts = new int[maxDoc + 1];
        var all = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = all.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                all.Add((int)ord);
            }
        }
        starts[maxDoc] = all.Count;
        return new SegmentOrdinals(all.ToArray(), starts, labels);
    }
}
