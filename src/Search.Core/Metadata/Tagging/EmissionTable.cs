using System.Numerics;
using System.Runtime.Intrinsics;

namespace Search.Core.Metadata.Tagging;

/// <summary>
/// The weights a trained <see cref="SequenceModel"/> reads for one kind of text, packed for decoding: each
/// feature row holds the shared block plus the block of that kind, already added, in a stride of a power of
/// two (four floats for three tags), so a row is one aligned read of 16 bytes instead of two reads 36 bytes
/// apart in the full table. Each packed weight is the very float the sum of the two blocks gives, so the
/// emissions are bit for bit those of the full table.
/// </summary>
internal sealed class EmissionTable
{
    private readonly float[] packed;

    private readonly int tags;

    private readonly int shift;

    public EmissionTable(float[] weights, int tags, int rowWidth, int own)
    {
        this.tags = tags;
        var stride = (int)BitOperations.RoundUpToPowerOf2((uint)tags);
        shift = BitOperations.Log2((uint)stride);
        var rows = weights.Length / rowWidth;
        packed = new float[rows * stride];
        for (var r = 0; r < rows; r++)
        {
            for (var k = 0; k < tags; k++)
            {
                packed[(r << shift) + k] = weights[r * rowWidth + k] + weights[r * rowWidth + own + k];
            }
        }
    }

    /// <summary>Adds the weights of the feature rows <paramref name="rows"/>[from..to] per tag into <paramref name="emission"/> (cleared first), in row order.</summary>
    public void Sum(ReadOnlySpan<int> rows, int from, int to, Span<float> emission)
    {
        if (shift == 2 && Vector128.IsHardwareAccelerated)
        {
            // Four lanes per row: lane k adds the same floats in the same order as the scalar loop below.
            var sum = Vector128<float>.Zero;
            ref var table = ref packed[0];
            for (var f = from; f < to; f++)
            {
                sum += Vector128.LoadUnsafe(ref table, (nuint)(rows[f] << 2));
            }

            for (var k = 0; k < tags; k++)
            {
                emission[k] = sum.GetElement(k);
            }

            return;
        }

        emission.Clear();
        for (var f = from; f < to; f++)
        {
            var row = rows[f] << shift;
            for (var k = 0; k < tags; k++)
            {
                emission[k] += packed[row + k];
            }
        }
    }
}
