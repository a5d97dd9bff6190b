using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Search.Core.Indexing;

/// <summary>
/// BM25's length part of one segment's field (<see cref="ExactLengthBm25Similarity.LengthNorm"/> of every document's
/// exact length, <see cref="SegmentLengths"/>) worked out once for the index's average length, so scoring a hit reads
/// one float instead of converting, multiplying and dividing for every term it matches. The same float operations
/// as scoring from the length, so the same scores to the bit. Cached per segment core and field for the latest
/// average only: a refresh that changes the average replaces the array (a scorer made before keeps the one it has).
/// </summary>
internal static class SegmentLengthNorms
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Norms>> Cache = new();

    /// <summary>Every document's length norm in <paramref name="field"/>, or null when the field has no norms in the segment.</summary>
    public static float[]? Of(AtomicReader reader, string field, float averageLength)
    {
        var byField = Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, Norms>(StringComparer.Ordinal));
        if (byField.TryGetValue(field, out var cached) && cached.AverageBits == BitConverter.SingleToInt32Bits(averageLength))
        {
            return cached.Values;
        }
        if (SegmentLengths.Of(reader, field) is not { } lengths)
        {
            return null;
        }
        var values = new float[lengths.Length];
        for (var doc = 0; doc < values.Length; doc++)
        {
            values[doc] = ExactLengthBm25Similarity.LengthNorm(lengths[doc], averageLength);
        }
        byField[field] = new Norms(BitConverter.SingleToInt32Bits(averageLength), values);
        return values;
    }

    private sealed record Norms(int AverageBits, float[] Values);
}
