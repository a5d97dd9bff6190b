using System.Text;

namespace Search.Core.Ingestion;

/// <summary>
/// Repairs punctuation that a scraper stored after reading UTF-8 as Mac OS Roman: the three bytes of a curly
/// quote, a dash, an ellipsis or a bullet (E2 80 xx, the block U+2000–U+203F) come out as three characters,
/// <c>‚Ä</c> and one more (<c>‚Äú</c> for “, <c>‚Äô</c> for ’, <c>‚Äì</c> for –). Left alone they show in
/// snippets, glue themselves to words (<c>Ma‚Äôruf</c> indexed as two terms, <c>‚Äújulukan</c> as one) and
/// break names. Each such triple becomes the one character it stood for; the invisible marks of that block
/// (zero-width space, joiners, direction marks) are dropped instead. <c>‚Ä</c> followed by anything
/// else is left as it is: nothing but this misreading puts those two characters side by side.
/// </summary>
internal static class MacRomanMojibake
{
    private const string Lead = "‚Ä";

    /// <summary>Mac OS Roman's characters for the bytes 0x80–0xBF, the third byte of each misread sequence.</summary>
    private static readonly string ThirdBytes = MacRomanUpperHalf();

    public static string Repair(string text)
    {
        var at = text.IndexOf(Lead, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        StringBuilder? repaired = null;
        var copied = 0;
        for (; at >= 0; at = text.IndexOf(Lead, at, StringComparison.Ordinal))
        {
            var third = at + Lead.Length < text.Length ? ThirdBytes.IndexOf(text[at + Lead.Length]) : -1;
            if (third < 0)
            {
                at += Lead.Length;
                continue;
            }

            repaired ??= new StringBuilder(text.Length);
            repaired.Append(text, copied, at - copied);
            var meant = (char)(0x2000 + third);
            if (!IsInvisible(meant))
            {
                repaired.Append(meant);
            }
            at += Lead.Length + 1;
            copied = at;
        }

        return repaired is null ? text : repaired.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Zero-width space, non-joiner and joiner, the two direction marks (U+200B–U+200F).</summary>
    private static bool IsInvisible(char c) => c is >= '\u200B' and <= '\u200F';

    private static string MacRomanUpperHalf()
    {
        var bytes = new byte[0x40];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(0x80 + i);
        }
        return CodePagesEncodingProvider.Instance.GetEncoding(10000)!.GetString(bytes);
    }
}
