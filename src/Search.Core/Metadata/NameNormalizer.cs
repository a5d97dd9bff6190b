using System.Globalization;
using System.Text;

namespace Search.Core.Metadata;

/// <summary>
/// Folds the spellings of one name to one key, so transliteration and spelling variants merge:
/// case and diacritics are ignored, doubled letters count once, a final "y" is an "i"
/// (Sergey/Sergei), and the old Indonesian spellings oe, dj, tj read as u, j, c (Soeharto/Suharto).
/// Names written in ASCII, nearly all of them, fold in one buffer on the stack; others take the
/// general path through Unicode decomposition, which gives ASCII the same key.
/// </summary>
internal static class NameNormalizer
{
    private static readonly char[] Separators = [' ', '\u00a0', '-', '.'];

    private const int StackLimit = 256;

    public static string Fold(string name)
    {
        if (name.Length > StackLimit || !Ascii.IsValid(name))
        {
            var words = name.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            return string.Join(' ', words.Select(FoldWord).Where(w => w.Length > 0));
        }

        Span<char> folded = stackalloc char[name.Length];
        var length = 0;
        foreach (var range in name.AsSpan().SplitAny(Separators))
        {
            var word = name.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }

            var start = length == 0 ? 0 : length + 1;
            var written = FoldAscii(word, folded[start..]);
            if (written > 0)
            {
                if (length > 0)
                {
                    folded[length] = ' ';
                }

                length = start + written;
            }
        }

        return new string(folded[..length]);
    }

    public static string FoldWord(string word)
    {
        if (word.Length <= StackLimit && Ascii.IsValid(word))
        {
            Span<char> buffer = stackalloc char[word.Length];
            return new string(buffer[..FoldAscii(word, buffer)]);
        }

        var plain = RemoveDiacritics(word.ToLowerInvariant()).Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal);
        plain = plain.Replace("oe", "u", StringComparison.Ordinal)
            .Replace("dj", "j", StringComparison.Ordinal)
            .Replace("tj", "c", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal);
        var folded = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            if (folded.Length == 0 || folded[^1] != c)
            {
                folded.Append(c);
            }
        }

        if (folded.Length > 2 && folded[^1] == 'y')
        {
            folded[^1] = 'i';
        }

        return folded.ToString();
    }

    /// <summary>
    /// The general fold of an ASCII word into <paramref name="into"/> (at least as long as the
    /// word); returns the length written. Each replacement runs over the whole result of the one
    /// before, left to right, as <see cref="string.Replace(string, string, StringComparison)"/> does.
    /// </summary>
    private static int FoldAscii(ReadOnlySpan<char> word, Span<char> into)
    {
        var length = 0;
        foreach (var c in word)
        {
            if (c != '\'')
            {
                into[length++] = char.ToLowerInvariant(c);
            }
        }

        length = Replace(into, length, 'o', 'e', 'u');
        length = Replace(into, length, 'd', 'j', 'j');
        length = Replace(into, length, 't', 'j', 'c');
        length = Replace(into, length, 'p', 'h', 'f');
        var kept = 0;
        for (var i = 0; i < length; i++)
        {
            if (kept == 0 || into[kept - 1] != into[i])
            {
                into[kept++] = into[i];
            }
        }

        if (kept > 2 && into[kept - 1] == 'y')
        {
            into[kept - 1] = 'i';
        }

        return kept;
    }

    private static int Replace(Span<char> text, int length, char first, char second, char with)
    {
        var written = 0;
        for (var read = 0; read < length; read++)
        {
            if (text[read] == first && read + 1 < length && text[read + 1] == second)
            {
                text[written++] = with;
                read++;
            }
            else
            {
                text[written++] = text[read];
            }
        }

        return written;
    }

    private static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }
}
