using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Search.Core.Indexing;

/// <summary>
/// The exact field lengths (norms, <see cref="ExactLengthBm25Similarity"/>) of one segment's field, decoded
/// once into an array, so scoring a hit reads an array instead of the compressed norms through the
/// memory-mapped file. Cached per segment core: norms never change within a segment, and the arrays go
/// with it.
/// </summary>
internal static class SegmentLengths
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, int[]?>> Cache = new();

    /// <summary>Every document's length in <paramref name="field"/>, or null when the field has no norms in the segment.</summary>
    public static int[]? Of(AtomicReader reader, string field) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, int[]?>(StringComparer.Ordinal))
            .GetOrAdd(field, f => Decode(reader, f));

    private static int[]? Decode(AtomicReader reader, string field)
    {
        var norms = reader.GetNormValues(field);
        if (norms is null)
        {
            return null;
        }
        var lengths = new int[reader.MaxDoc];
        for (var doc = 0; doc < lengths.Length; doc++)
        {
            lengths[doc] = checked((int)norms.Get(doc));
        }
        return lengths;
    }
}
