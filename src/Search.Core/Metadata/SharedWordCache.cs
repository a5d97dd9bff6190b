using System.Collections.Concurrent;

namespace Search.Core.Metadata;

/// <summary>
/// Values worked out from a word, kept for every thread that asks, up to a number of words, then emptied (the
/// frequent words come back at once). For values that are a function of the word alone, so that a value made on
/// one thread serves all, and one made twice by two threads at once is the same.
/// </summary>
internal sealed class SharedWordCache<T>(int capacity)
{
    private readonly ConcurrentDictionary<string, T> known = new(StringComparer.Ordinal);

    /// <summary>Words added since the cache was last emptied (counted apart: counting the dictionary takes all its locks).</summary>
    private int added;

    /// <summary>Words in the cache now.</summary>
    public int Count => known.Count;

    /// <summary>The value of <paramref name="word"/>, made by <paramref name="make"/> (given <paramref name="arg"/>) the first time it is asked for.</summary>
    public T GetOrAdd<TArg>(string word, Func<string, TArg, T> make, TArg arg)
    {
        if (known.TryGetValue(word, out var value))
        {
            return value;
        }

        if (Volatile.Read(ref added) >= capacity)
        {
            lock (known)
            {
                if (added >= capacity)
                {
                    known.Clear();
                    Volatile.Write(ref added, 0);
                }
            }
        }

        value = make(word, arg);
        if (known.TryAdd(word, value))
        {
            Interlocked.Increment(ref added);
        }

        return value;
    }
}
