namespace Search.Core.Searching;

/// <summary>
/// The most frequent values of a facet's counts, most first, ties by value (<see cref="string.CompareOrdinal(string, string)"/>):
/// what sorting every count and taking the first few gives, with a sorted list of the few kept instead. A broad
/// search counts thousands of persons; each is compared with the weakest kept, and only a better one is
/// placed. Counts are read by ordinal (<see cref="FacetCounts"/>), so nothing is allocated but the answer.
/// </summary>
public static class TopCounts
{
    /// <param name="values">The value of each ordinal.</param>
    /// <param name="counts">The count of each ordinal.</param>
    /// <param name="ordinals">The ordinals to rank (each once).</param>
    /// <param name="size">How many to keep.</param>
    public static List<FacetCount> Of(string[] values, int[] counts, ReadOnlySpan<int> ordinals, int size)
    {
        if (size <= 0)
        {
            return [];
        }
        // Best first; kept[0 .. n) are ordinals.
        Span<int> kept = size <= 64 ? stackalloc int[size] : new int[size];
        var n = 0;
        foreach (var ord in ordinals)
        {
            if (n == size && !Better(values, counts, ord, kept[n - 1]))
            {
                continue;
            }
            var at = n == size ? n - 1 : n++;
            while (at > 0 && Better(values, counts, ord, kept[at - 1]))
            {
                kept[at] = kept[at - 1];
                at--;
            }
            kept[at] = ord;
        }
        var top = new List<FacetCount>(n);
        foreach (var ord in kept[..n])
        {
            top.Add(new FacetCount(values[ord], counts[ord]));
        }
        return top;
    }

    /// <summary>Ranks a dictionary of counts (for callers holding one, and to check the ranking against a sort).</summary>
    public static List<FacetCount> Of(IReadOnlyDictionary<string, int> counts, int size)
    {
        var values = counts.Keys.ToArray();
        var byOrdinal = values.Select(v => counts[v]).ToArray();
        return Of(values, byOrdinal, Enumerable.Range(0, values.Length).ToArray(), size);
    }

    private static bool Better(string[] values, int[] counts, int ord, int than) =>
        counts[ord] != counts[than] ? counts[ord] > counts[than] : string.CompareOrdinal(values[ord], values[than]) < 0;
}
