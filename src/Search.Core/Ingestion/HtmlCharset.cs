using System.Text;
using System.Text.RegularExpressions;

namespace Search.Core.Ingestion;

/// <summary>
/// The character set a page declares in its first kilobytes (<c>&lt;meta charset="windows-1252"&gt;</c>
/// or <c>content="text/html; charset=iso-8859-1"</c>), for pages saved by older sites that are not UTF-8.
/// </summary>
internal static partial class HtmlCharset
{
    private const int PrescanBytes = 4096;

    /// <summary>The declared encoding, or null when none is declared, it is UTF-8, or it is unknown.</summary>
    public static Encoding? Declared(ReadOnlySpan<byte> page)
    {
        var head = Encoding.Latin1.GetString(page[..Math.Min(page.Length, PrescanBytes)]);
        var match = Declaration().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            // Windows code pages come from the runtime's provider, without registering it process-wide.
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<name>[A-Za-z0-9_:.-]{1,40})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Declaration();
}
