using System.Globalization;
using System.Text;

namespace Search.Core.Metadata;

/// <summary>
/// Folds the spellings of one name to one key, so transliteration and spelling variants merge:
/// case and diacritics are ignored, doubled letters count once, a final "y" is an "i"
/// (Sergey/Sergei), and the old Indonesian spellings oe, dj, tj read as u, j, c (Soeharto/Suharto).
/// </summary>
internal static class NameNormalizer
{
    public static string Fold(string name)
    {
        var words = name.Split([' ', '\u00a0', '-', '.'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(FoldWord).Where(w => w.Length > 0));
    }

    public static string FoldWord(string word)
    {
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
