using System.Buffers;

namespace Search.Core.Searching;

/// <summary>
/// The counts of one facet field after a counting pass, by reader ordinal (<see cref="ReaderOrdinals"/>):
/// one int array for the counts and the list of ordinals that were hit, both rented from a pool and given
/// back by <see cref="FacetCountingCollector.Dispose"/>; only the values asked for become objects. A broad
/// search hits thousands of persons, and a dictionary of them per search (large-object heap for the
/// bigger ones) cost the API more in garbage collection than the counting itself.
/// </summary>
public sealed class FacetCounts
{
    // Pools that keep what they hold (ArrayPool.Shared drops its arrays when memory runs low, and then every
    // search allocates them again). Counts go back zeroed: only the hit entries are ever set, and they are
    // cleared on the way back, so renting needs no clearing pass over every ordinal.
    private static readonly ArrayPool<int> ZeroedCounts = ArrayPool<int>.Create(1 << 24, 64);
    private static readonly ArrayPool<int> Lists = ArrayPool<int>.Create(1 << 24, 64);

    /// <summary>No value counted.</summary>
    public static readonly FacetCounts None = new([]);

    private readonly string[] values;
    private int[]? counts;
    private int[]? hit;
    private int hitCount;
    private bool sorted;

    internal FacetCounts(string[] values)
    {
        this.values = values;
        if (values.Length > 0)
        {
            counts = ZeroedCounts.Rent(values.Length);
            hit = Lists.Rent(values.Length);
        }
    }

    /// <summary>How many distinct values were counted.</summary>
    public int ValueCount => hitCount;

    internal int[] Counts => counts!;

    internal int[] Hit => hit!;

    internal ref int HitCount => ref hitCount;

    /// <summary>
    /// The <paramref name="size"/> most frequent values, most first, ties by value
    /// (<see cref="string.CompareOrdinal(string, string)"/>); what sorting every count would give.
    /// </summary>
    public List<FacetCount> Top(int size) =>
        size <= 0 || hitCount == 0 ? [] : TopCounts.Of(values, counts!, hit.AsSpan(0, hitCount), size);

    /// <summary>Every counted value in reader ordinal order (value order).</summary>
    public List<FacetCount> InValueOrder()
    {
        var all = new List<FacetCount>(hitCount);
        foreach (var ord in HitInOrder())
        {
            all.Add(new FacetCount(values[ord], counts![ord]));
        }
        return all;
    }

    /// <summary>The first counted value (in value order) equal to <paramref name="value"/> under <paramref name="comparison"/>, or null.</summary>
    public FacetCount? Find(string value, StringComparison comparison)
    {
        // The smallest matching ordinal, without sorting the hit list (thousands of persons for a broad search).
        var first = -1;
        foreach (var ord in hit.AsSpan(0, hitCount))
        {
            if ((first < 0 || ord < first) && string.Equals(values[ord], value, comparison))
            {
                first = ord;
            }
        }
        return first < 0 ? null : new FacetCount(values[first], counts![first]);
    }

    /// <summary>Every counted value and its count, in value order.</summary>
    public Dictionary<string, int> ToDictionary()
    {
        var all = new Dictionary<string, int>(hitCount, StringComparer.Ordinal);
        foreach (var ord in HitInOrder())
        {
            all[values[ord]] = counts![ord];
        }
        return all;
    }

    private ReadOnlySpan<int> HitInOrder()
    {
        if (hitCount == 0)
        {
            return [];
        }
        var ords = hit.AsSpan(0, hitCount);
        if (!sorted)
        {
            ords.Sort();
            sorted = true;
        }
        return ords;
    }

    /// <summary>
    /// Adds the counts of another pass over the same reader (a part of a split pass, <see cref="SplitSearch"/>):
    /// the same ordinal space, so counts add ordinal by ordinal.
    /// </summary>
    internal void Add(FacetCounts other)
    {
        if (!ReferenceEquals(values, other.values))
        {
            throw new ArgumentException("Counts of another reader's ordinals cannot be added.", nameof(other));
        }
        foreach (var ord in other.hit.AsSpan(0, other.hitCount))
        {
            if (counts![ord] == 0)
            {
                hit![hitCount++] = ord;
            }
            counts[ord] += other.counts![ord];
        }
        sorted = false;
    }

    /// <summary>Gives the arrays back (counts cleared); the counts read nothing afterwards.</summary>
    internal void Release()
    {
        if (counts is null || hit is null)
        {
            return;
        }
        foreach (var ord in hit.AsSpan(0, hitCount))
        {
            counts[ord] = 0;
        }
        ZeroedCounts.Return(counts);
        Lists.Return(hit);
        counts = null;
        hit = null;
        hitCount = 0;
    }
}
