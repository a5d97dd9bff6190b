namespace Search.Core.Searching;

/// <summary>
/// The most frequent values of a facet's counts, most first, ties by value (ordinal): what sorting every
/// count and taking the first few gives, with a heap of the few instead. A broad search counts thousands of
/// persons, and sorting them all built arrays large enough for the large-object heap on every search.
/// </summary>
public static class TopCounts
{
    public static List<FacetCount> Of(IReadOnlyDictionary<string, int> counts, int size)
    {
        if (size <= 0)
        {
            return [];
        }
        var worstFirst = new PriorityQueue<string, (int Count, string Value)>(size + 1, WorstFirst.Instance);
        foreach (var (value, count) in counts)
        {
            if (worstFirst.Count < size)
            {
                worstFirst.Enqueue(value, (count, value));
            }
            else if (worstFirst.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare((count, value), worst) > 0)
            {
                worstFirst.EnqueueDequeue(value, (count, value));
            }
        }
        var top = new List<FacetCount>(worstFirst.Count);
        while (worstFirst.TryDequeue(out var value, out var key))
        {
            top.Add(new FacetCount(value, key.Count));
        }
        top.Reverse();
        return top;
    }

    /// <summary>Fewer first; among equal counts, the value that sorts later first.</summary>
    private sealed class WorstFirst : IComparer<(int Count, string Value)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((int Count, string Value) x, (int Count, string Value) y) =>
            x.Count != y.Count ? x.Count.CompareTo(y.Count) : string.CompareOrdinal(y.Value, x.Value);
    }
}
