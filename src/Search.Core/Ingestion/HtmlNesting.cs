namespace Search.Core.Ingestion;

/// <summary>
/// How deep a page's elements nest, by a linear scan of its tags before any parsing. HTML parsers
/// (AngleSharp included) take time quadratic in the nesting depth, so a page of a megabyte of
/// unclosed <c>&lt;div&gt;</c>s would hold the indexer for hours; real news pages nest a few dozen deep.
/// Void elements, self-closing tags and elements the parser closes by itself (p, li, td…) are not
/// counted, nor are tags inside comments, scripts and styles.
/// </summary>
internal static class HtmlNesting
{
    public const int Limit = 1_000;

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "td", "th", "tr", "option", "optgroup", "thead", "tbody", "tfoot", "rt", "rp", "html", "head", "body",
    };

    /// <summary>True when unclosed elements stack deeper than <see cref="Limit"/>.</summary>
    public static bool IsTooDeep(string html)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '!' && html.AsSpan(i).StartsWith("<!--"))
            {
                i = SkipPast(html, i + 4, "-->");
            }
            else if (next == '/')
            {
                depth = Math.Max(0, depth - 1);
                i += 2;
            }
            else if (char.IsAsciiLetter(next))
            {
                var end = i + 1;
                while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
                {
                    end++;
                }

                var name = html[(i + 1)..end];
                var close = html.IndexOf('>', end);
                var selfClosing = close > 0 && html[close - 1] == '/';
                i = close < 0 ? html.Length : close + 1;
                if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    i = SkipPast(html, i, "</" + name);
                }
                else if (!selfClosing && !NotNesting.Contains(name) && ++depth > Limit)
                {
                    return true;
                }
            }
            else
            {
                i++;
            }
        }

        return false;
    }

    private static int SkipPast(string html, int from, string marker)
    {
        var at = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
