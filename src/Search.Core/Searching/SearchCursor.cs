using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Search.Core.Searching;

/// <summary>
/// Where the next page starts, in the style of Elasticsearch's <c>search_after</c>: the sort values of the
/// last hit of the page before. By date: publication time, then id. By relevance: score, then publication
/// time, then id (<see cref="RelevanceOrder"/>), the tie order of ordinary pages. Neither depends on document
/// numbers, so a cursor stays exact when the index is merged or rebuilt; by relevance, new articles change
/// the scores, as with <c>search_after</c> without a point in time. Paging by cursor has no depth limit
/// and no cost that grows with depth. Written as an opaque URL-safe token.
/// </summary>
public sealed record SearchCursor(SearchSort Sort, float Score, long PublishedMs, string Id)
{
    private const char Separator = '\n';

    // The token's third field once held a document number; it is written as 0 and skipped, so that tokens
    // handed out before stay readable.
    private const string FormerDocument = "0";

    /// <summary>The cursor that continues after <paramref name="hit"/> in <paramref name="sort"/> order.</summary>
    public static SearchCursor After(SearchHit hit, SearchSort sort) =>
        new(sort, hit.Score, hit.Published.ToUnixTimeMilliseconds(), hit.Id);

    public string Encode()
    {
        var text = string.Join(
            Separator,
            ((int)Sort).ToString(CultureInfo.InvariantCulture),
            BitConverter.SingleToInt32Bits(Score).ToString(CultureInfo.InvariantCulture),
            FormerDocument,
            PublishedMs.ToString(CultureInfo.InvariantCulture),
            Id);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Reads a token written by <see cref="Encode"/>; false for anything else.</summary>
    public static bool TryDecode(string? token, out SearchCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return false;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split(Separator, 5);
            if (parts.Length == 5
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sort) && Enum.IsDefined((SearchSort)sort)
                && int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var scoreBits)
                && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out _)
                && long.TryParse(parts[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var published)
                && parts[4].Length > 0
                && float.IsFinite(BitConverter.Int32BitsToSingle(scoreBits)))
            {
                cursor = new SearchCursor((SearchSort)sort, BitConverter.Int32BitsToSingle(scoreBits), published, parts[4]);
                return true;
            }
        }
        catch (FormatException)
        {
        }

        return false;
    }
}
