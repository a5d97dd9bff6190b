using System.Buffers.Binary;
using System.Runtime.Intrinsics;

namespace Search.Core.Discovery;

/// <summary>
/// The near-duplicate fingerprint of an article body: a MinHash signature over overlapping word
/// shingles of the normalised text (letters and digits, lower case). Two signatures agree at a
/// position with probability equal to the Jaccard similarity of the two shingle sets, so the share of
/// equal positions estimates it. The signature is cut into LSH bands: articles that agree on a whole
/// band become candidates, which finds pairs above about 0.45 similarity with high probability.
/// The shape is part of the index schema: changing a constant here needs a rebuild.
/// </summary>
public static class NearDuplicateSignature
{
    /// <summary>Words per shingle.</summary>
    public const int ShingleWords = 4;

    /// <summary>LSH bands; a candidate pair agrees on every position of at least one band.</summary>
    public const int Bands = 20;

    /// <summary>Signature positions per band.</summary>
    public const int RowsPerBand = 3;

    /// <summary>MinHash positions in a signature.</summary>
    public const int Length = Bands * RowsPerBand;

    /// <summary>Bytes of an encoded signature (little-endian 32-bit minima).</summary>
    public const int ByteLength = Length * sizeof(uint);

    /// <summary>Bodies with fewer shingles than this get no signature: too short to call copies.</summary>
    public const int MinShingles = 20;

    private static readonly ulong[] Seeds = CreateSeeds();

    // The seeds eight to a vector, the last one padded with zeros.
    private static readonly Vector512<ulong>[] WideSeeds = Enumerable.Range(0, (Length + 7) / 8)
        .Select(v => Vector512.Create(Enumerable.Range(v * 8, 8).Select(p => p < Length ? Seeds[p] : 0).ToArray()))
        .ToArray();

    /// <summary>The encoded signature of a body, or null when the body is too short.</summary>
    public static byte[]? Of(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }
        var minima = new uint[Length];
        Array.Fill(minima, uint.MaxValue);
        // Where the processor multiplies eight 64-bit lanes at once, the minima are kept eight positions at a time.
        var wide = Vector512.IsHardwareAccelerated ? new Vector512<ulong>[WideSeeds.Length] : null;
        if (wide is not null)
        {
            Array.Fill(wide, Vector512.Create((ulong)uint.MaxValue));
        }
        var window = new ulong[ShingleWords];
        var words = 0;
        var shingles = 0;
        foreach (var word in WordHashes(body))
        {
            window[words % ShingleWords] = word;
            words++;
            if (words < ShingleWords)
            {
                continue;
            }
            var shingle = 0xcbf29ce484222325UL;
            for (var i = 0; i < ShingleWords; i++)
            {
                shingle = (shingle ^ window[(words + i) % ShingleWords]) * 0x100000001b3UL;
            }
            if (wide is not null)
            {
                Lower(wide, shingle);
            }
            else
            {
                for (var p = 0; p < Length; p++)
                {
                    var h = (uint)(Mix(shingle ^ Seeds[p]) >> 32);
                    if (h < minima[p])
                    {
                        minima[p] = h;
                    }
                }
            }
            shingles++;
        }
        if (shingles < MinShingles)
        {
            return null;
        }
        if (wide is not null)
        {
            for (var p = 0; p < Length; p++)
            {
                minima[p] = (uint)wide[p / 8].GetElement(p % 8);
            }
        }
        var bytes = new byte[ByteLength];
        for (var p = 0; p < Length; p++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(p * sizeof(uint)), minima[p]);
        }
        return bytes;
    }

    /// <summary>Estimated Jaccard similarity of two encoded signatures: the share of equal positions.</summary>
    public static double Similarity(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != ByteLength || b.Length != ByteLength)
        {
            return 0;
        }
        var equal = 0;
        for (var p = 0; p < ByteLength; p += sizeof(uint))
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(a[p..]) == BinaryPrimitives.ReadUInt32LittleEndian(b[p..]))
            {
                equal++;
            }
        }
        return equal / (double)Length;
    }

    /// <summary>A hash of one band of an encoded signature; equal bands give equal keys.</summary>
    public static ulong BandKey(ReadOnlySpan<byte> signature, int band)
    {
        var key = 0xcbf29ce484222325UL;
        var start = band * RowsPerBand * sizeof(uint);
        for (var p = start; p < start + RowsPerBand * sizeof(uint); p += sizeof(uint))
        {
            key = Mix(key ^ BinaryPrimitives.ReadUInt32LittleEndian(signature[p..]));
        }
        return key;
    }

    /// <summary>FNV-1a hashes of the words of a text: runs of letters and digits, lower-cased.</summary>
    private static IEnumerable<ulong> WordHashes(string text)
    {
        var hash = 0xcbf29ce484222325UL;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 0x100000001b3UL;
                inWord = true;
            }
            else if (inWord)
            {
                yield return hash;
                hash = 0xcbf29ce484222325UL;
                inWord = false;
            }
        }
        if (inWord)
        {
            yield return hash;
        }
    }

    /// <summary>
    /// Lowers each position's minimum to the shingle's hash there, eight positions per step: the same
    /// <see cref="Mix"/> lane by lane, so the same minima as one position at a time. Positions past
    /// <see cref="Length"/> in the last step are worked out and never read.
    /// </summary>
    private static void Lower(Vector512<ulong>[] minima, ulong shingle)
    {
        var value = Vector512.Create(shingle);
        for (var v = 0; v < minima.Length; v++)
        {
            var x = (value ^ WideSeeds[v]) + Vector512.Create(0x9e3779b97f4a7c15UL);
            x = (x ^ Vector512.ShiftRightLogical(x, 30)) * Vector512.Create(0xbf58476d1ce4e5b9UL);
            x = (x ^ Vector512.ShiftRightLogical(x, 27)) * Vector512.Create(0x94d049bb133111ebUL);
            x ^= Vector512.ShiftRightLogical(x, 31);
            minima[v] = Vector512.Min(minima[v], Vector512.ShiftRightLogical(x, 32));
        }
    }

    /// <summary>splitmix64's finaliser: a bijective, well-mixing 64-bit hash.</summary>
    private static ulong Mix(ulong x)
    {
        x += 0x9e3779b97f4a7c15UL;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[Length];
        var state = 0x5eed_d00d_cafe_f00dUL;
        for (var p = 0; p < Length; p++)
        {
            state = Mix(state);
            seeds[p] = state;
        }
        return seeds;
    }
}
