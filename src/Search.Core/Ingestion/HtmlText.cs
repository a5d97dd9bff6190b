using System.Net;

namespace Search.Core.Ingestion;

/// <summary>Text taken from a page (markup, meta tags, JSON-LD values) made into plain text.</summary>
internal static class HtmlText
{
    /// <summary>Trimmed, white space collapsed, HTML entities decoded (some sites encode them twice); null when blank.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var decoded = text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;
        var collapsed = string.Join(' ', decoded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }
}
