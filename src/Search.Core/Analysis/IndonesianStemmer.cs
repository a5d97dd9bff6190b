using System.Collections.Concurrent;

namespace Search.Core.Analysis;

/// <summary>
/// Reduces an Indonesian word to its root (mengatakan → kata, pertemuan → temu) by dictionary-guided
/// confix stripping. A word that is itself a root, and a word for which no root is found (names,
/// loan words, abbreviations), is returned unchanged. Thread-safe; stems are cached per distinct term.
/// </summary>
public sealed class IndonesianStemmer
{
    /// <summary>Distinct terms whose stems are kept; beyond it stems are computed each time.</summary>
    public const int MaxCachedTerms = 1_000_000;

    /// <summary>Longer words are returned unchanged (no Indonesian word needs more).</summary>
    private const int MaxWordLength = 40;

    private const int MinWordLength = 4;

    private readonly ConfixStripper _stripper;
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _cacheLookup;
    private int _cachedTerms;

    public IndonesianStemmer(RootLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
        _stripper = new ConfixStripper(lexicon);
        _cacheLookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public RootLexicon Lexicon { get; }

    /// <summary>The root of a lower-case word, or the word itself.</summary>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _cache.TryGetValue(word, out var stem) ? stem : Remember(word, word);
    }

    /// <summary>The root of a lower-case word, or the word itself; allocates only for a new term.</summary>
    public string Stem(ReadOnlySpan<char> word) =>
        _cacheLookup.TryGetValue(word, out var stem) ? stem : Remember(word, null);

    private string Remember(ReadOnlySpan<char> word, string? wordString)
    {
        var stem = StemUncached(word) ?? wordString ?? new string(word);
        if (_cachedTerms < MaxCachedTerms && _cacheLookup.TryAdd(word, stem))
        {
            Interlocked.Increment(ref _cachedTerms);
        }

        return stem;
    }

    /// <summary>The root of a word, or null when the word is to be kept as it is.</summary>
    private string? StemUncached(ReadOnlySpan<char> word)
    {
        if (word.Length is < MinWordLength or > MaxWordLength)
        {
            return null;
        }

        var hyphen = word.IndexOf('-');
        if (hyphen >= 0)
        {
            return StemReduplication(word, word[..hyphen], word[(hyphen + 1)..]);
        }

        return Lexicon.Contains(word) || !IsLowerCaseLetters(word) ? null : _stripper.FindRoot(word);
    }

    /// <summary>
    /// anak-anak → anak, berbondong-bondong → bondong, sebaik-baiknya → baik, tarik-menarik → tarik:
    /// the root of the repeated part when both halves share it. A whole repetition of a root is
    /// reduced even when the dictionary lists it; other hyphenated entries of the dictionary stay.
    /// </summary>
    private string? StemReduplication(ReadOnlySpan<char> word, ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.IsEmpty || right.IsEmpty || right.Contains('-') || !IsLowerCaseLetters(left) || !IsLowerCaseLetters(right))
        {
            return null;
        }

        if (left.SequenceEqual(right) && Lexicon.Contains(left))
        {
            return new string(left);
        }

        var rightRoot = Lexicon.Contains(word) ? null : RootOf(right);
        if (rightRoot is null)
        {
            return null;
        }

        return left.EndsWith(rightRoot) || RootOf(left) == rightRoot ? rightRoot : null;
    }

    private string? RootOf(ReadOnlySpan<char> part) =>
        Lexicon.Contains(part) ? new string(part) : _stripper.FindRoot(part);

    private static bool IsLowerCaseLetters(ReadOnlySpan<char> word) =>
        !word.ContainsAnyExceptInRange('a', 'z');
}
