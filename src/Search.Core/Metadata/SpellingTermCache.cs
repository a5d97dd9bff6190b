namespace Search.Core.Metadata;

/// <summary>
/// The terms a <see cref="NameSpellingModel"/> worked out for one version of its counts, shared by every thread
/// that asks: each word's terms, and the term of each count of words. A term is a function of the counts alone,
/// so the value cached is the very double that working it out again gives. Emptied when full.
/// </summary>
internal sealed class SpellingTermCache(int version)
{
    /// <summary>Words kept at most before the cache is emptied (some 10 MB when full).</summary>
    public const int Capacity = 131_072;

    private readonly SharedWordCache<double> words = new(Capacity);

    /// <summary>The terms of "n:0" to "n:4", NaN until worked out.</summary>
    private readonly double[] counts = [double.NaN, double.NaN, double.NaN, double.NaN, double.NaN];

    /// <summary>The version of the model's counts the terms were worked out from.</summary>
    public int Version { get; } = version;

    /// <summary>The terms of <paramref name="word"/>, worked out by <paramref name="make"/> the first time it is asked for.</summary>
    public double WordTerms(string word, Func<string, double> make) => words.GetOrAdd(word, static (w, m) => m(w), make);

    /// <summary>The term of a name of <paramref name="count"/> words (0 to 4), worked out by <paramref name="make"/> once.</summary>
    public double CountTerm(int count, Func<int, double> make)
    {
        var term = Volatile.Read(ref counts[count]);
        if (double.IsNaN(term))
        {
            term = make(count);
            Volatile.Write(ref counts[count], term);
        }

        return term;
    }
}
