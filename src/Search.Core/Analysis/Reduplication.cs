namespace Search.Core.Analysis;

/// <summary>
/// Reads an Indonesian reduplicated word as its root: full repetition (<c>anak-anak</c> → anak),
/// affixed repetition (<c>berbondong-bondong</c> → bondong, <c>obat-obatan</c> → obat,
/// <c>tarik-menarik</c> → tarik), rhyming repetition (<c>sayur-mayur</c> → sayur,
/// <c>bolak-balik</c> → bolak) and the informal digit form (<c>anak2</c> → anak).
/// Two different words joined by a hyphen (<c>jakarta-bandung</c>) are not a reduplication.
/// </summary>
public static class Reduplication
{
    private const int MinPartLength = 2;
    private const int MinRhymeLength = 4;

    /// <summary>
    /// The word a lower-case hyphenated pair stands for, or null when the pair is not a
    /// reduplication. The stemmer, when given, recognises affixed repetitions by their shared root.
    /// </summary>
    public static string? Reduce(string left, string right, IndonesianStemmer? stemmer = null)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Length < MinPartLength || right.Length < MinPartLength || !IsLetters(left) || !IsLetters(right))
        {
            return null;
        }

        if (left == right)
        {
            return left;
        }

        if (stemmer is not null)
        {
            var joined = left + "-" + right;
            var stem = stemmer.Stem(joined);
            if (stem != joined && !stem.Contains('-', StringComparison.Ordinal))
            {
                return stem;
            }

            // tarik-menarik, pukul-memukul: both halves share a root (also when the dictionary lists the pair).
            var root = stemmer.Stem(right);
            if (root == stemmer.Stem(left) && (root != right || root != left))
            {
                return root;
            }
        }

        if (right.StartsWith(left, StringComparison.Ordinal))
        {
            return left;
        }

        if (left.EndsWith(right, StringComparison.Ordinal))
        {
            return right;
        }

        return Rhymes(left, right) ? left : null;
    }

    /// <summary>"anak2" → anak: letters followed by the digit 2, the way reduplication is typed informally.</summary>
    public static string? ReduceDigitForm(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == '2' && IsLetters(word[..^1]) ? new string(word[..^1]) : null;

    /// <summary>
    /// sayur-mayur, lauk-pauk (the same word after the first letter) and bolak-balik, gerak-gerik,
    /// warna-warni (the same consonants, other vowels).
    /// </summary>
    private static bool Rhymes(string left, string right)
    {
        if (left.Length != right.Length || left.Length < MinRhymeLength)
        {
            return false;
        }

        if (left.AsSpan(1).SequenceEqual(right.AsSpan(1)))
        {
            return true;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (IsVowel(left[i]) != IsVowel(right[i]) || (!IsVowel(left[i]) && left[i] != right[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsLetters(ReadOnlySpan<char> word) => !word.IsEmpty && !word.ContainsAnyExceptInRange('a', 'z');
}
