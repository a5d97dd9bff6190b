using System.Globalization;
using System.Text;

namespace Search.Core.Suggest;

/// <summary>Case- and accent-insensitive forms of text for prefix matching: "Bélgia" and "belgia" fold alike.</summary>
public static class TextFolding
{
    /// <summary>Lower case without diacritics.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The folded words of a text (runs of letters and digits), in order.</summary>
    public static string[] Words(string text) =>
        Fold(text).Split(c => !char.IsLetterOrDigit(c));

    private static string[] Split(this string text, Func<char, bool> isSeparator)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !isSeparator(text[i]))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return [.. words];
    }
}
