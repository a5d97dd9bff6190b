namespace Search.Core.Metadata.Tagging;

/// <summary>
/// Turns a feature (a template number and a value) into one of 2^20 weight rows without building
/// strings: words are hashed character by character, lower-cased on the fly (FNV-1a), and the pair
/// is mixed into a row number. Collisions are rare enough to cost nothing measurable.
/// </summary>
internal static class FeatureHash
{
    public const int Bits = 20;

    public const int Rows = 1 << Bits;

    private const uint Basis = 2166136261;

    private const uint Prime = 16777619;

    /// <summary>The hash of <paramref name="text"/>[<paramref name="from"/>..+<paramref name="length"/>], case-folded.</summary>
    public static uint Lower(string text, int from, int length)
    {
        var hash = Basis;
        for (var i = from; i < from + length; i++)
        {
            hash = (hash ^ char.ToLowerInvariant(text[i])) * Prime;
        }

        return hash;
    }

    public static uint Lower(string text) => Lower(text, 0, text.Length);

    /// <summary>The hash of text already in lower case: equal to <see cref="Lower(string, int, int)"/> of it, without folding each character.</summary>
    public static uint Of(string text, int from, int length)
    {
        var hash = Basis;
        for (var i = from; i < from + length; i++)
        {
            hash = (hash ^ text[i]) * Prime;
        }

        return hash;
    }

    public static uint Of(string text) => Of(text, 0, text.Length);

    /// <summary>Combines two values into one (for conjunctions of two features).</summary>
    public static uint Pair(uint a, uint b) => ((a * 0x9E3779B1u) ^ (b + 0x7F4A7C15u + (a << 6) + (a >> 2))) * Prime;

    /// <summary>The weight row of template <paramref name="template"/> with value <paramref name="value"/>.</summary>
    public static int Row(int template, uint value)
    {
        var x = value ^ ((uint)template * 0x85EBCA6Bu);
        x ^= x >> 16;
        x *= 0x7FEB352Du;
        x ^= x >> 15;
        x *= 0x846CA68Bu;
        x ^= x >> 16;
        return (int)(x & (Rows - 1));
    }
}
