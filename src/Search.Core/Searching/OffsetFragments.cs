using System.Net;
using System.Text;

namespace Search.Core.Searching;

/// <summary>
/// Snippet fragments cut around term offsets read from the index, so a hit's text is never analysed
/// again. A fragment starts a few words before a match (at a sentence start when one is that close)
/// and runs about <c>length</c> characters to a sentence end or word boundary; the best fragment holds the most
/// distinct query terms, then the most matches, then comes first. Fragments are shown in text order.
/// </summary>
internal static class OffsetFragments
{
    private const int Lead = 40;

    /// <summary>The HTML snippet: up to <paramref name="count"/> fragments with matches in &lt;mark&gt;; null without matches.</summary>
    public static string? Build(string text, IReadOnlyList<TermOffset> matches, int length, int count, string separator)
    {
        var marks = Merge(matches, text.Length);
        if (marks.Count == 0)
        {
            return null;
        }
        var chosen = new List<(int From, int To)>();
        for (var round = 0; round < count; round++)
        {
            if (Best(text, marks, length, chosen) is not { } window)
            {
                break;
            }
            chosen.Add(window);
        }
        return string.Join(separator, chosen.OrderBy(w => w.From).Select(w => Render(text, marks, w)));
    }

    /// <summary>Occurrences in text order, overlapping ones joined (a stem and its word at one place).</summary>
    private static List<(int Start, int End, ulong Terms)> Merge(IReadOnlyList<TermOffset> matches, int textLength)
    {
        var marks = new List<(int Start, int End, ulong Terms)>();
        foreach (var match in matches)
        {
            if (match.Start < 0 || match.End > textLength || match.End <= match.Start)
            {
                continue;
            }
            var bit = 1UL << (match.Term & 63);
            if (marks.Count > 0 && match.Start < marks[^1].End)
            {
                var last = marks[^1];
                marks[^1] = (last.Start, Math.Max(last.End, match.End), last.Terms | bit);
            }
            else
            {
                marks.Add((match.Start, match.End, bit));
            }
        }
        return marks;
    }

    /// <summary>The best window not overlapping one already chosen, or null when none is left.</summary>
    private static (int From, int To)? Best(string text, List<(int Start, int End, ulong Terms)> marks, int length, List<(int From, int To)> chosen)
    {
        (int From, int To)? best = null;
        var bestScore = (Distinct: -1, Matches: -1);
        for (var i = 0; i < marks.Count; i++)
        {
            var from = StartBefore(text, marks[i].Start);
            var to = EndAfter(text, from, marks[i].End, length);
            if (chosen.Any(c => from < c.To && c.From < to))
            {
                continue;
            }
            ulong terms = 0;
            var inside = 0;
            for (var j = i; j < marks.Count && marks[j].End <= to; j++)
            {
                terms |= marks[j].Terms;
                inside++;
            }
            var score = (Distinct: System.Numerics.BitOperations.PopCount(terms), Matches: inside);
            if (score.Distinct > bestScore.Distinct || (score.Distinct == bestScore.Distinct && score.Matches > bestScore.Matches))
            {
                best = (from, to);
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>A few words before the match, or the start of its sentence when that is within reach.</summary>
    private static int StartBefore(string text, int start)
    {
        var earliest = Math.Max(0, start - Lead);
        for (var i = start - 1; i > earliest; i--)
        {
            if (text[i - 1] is '.' or '!' or '?' or '\n' && char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }
        if (earliest == 0)
        {
            return 0;
        }
        var space = text.IndexOf(' ', earliest, start - earliest);
        return space < 0 ? start : space + 1;
    }

    /// <summary>
    /// About <paramref name="length"/> characters on: at a sentence end when one is near, else at a word
    /// boundary, never inside the first match.
    /// </summary>
    private static int EndAfter(string text, int from, int firstEnd, int length)
    {
        var to = from + length;
        if (to >= text.Length)
        {
            return text.Length;
        }
        for (var i = to - 1; i > Math.Max(firstEnd, to - Lead); i--)
        {
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]))
            {
                return i + 1;
            }
        }
        var space = text.LastIndexOf(' ', to);
        return space >= firstEnd ? space : Math.Max(to, firstEnd);
    }

    private static string Render(string text, List<(int Start, int End, ulong Terms)> marks, (int From, int To) window)
    {
        var html = new StringBuilder(window.To - window.From + 64);
        var at = window.From;
        foreach (var (start, end, _) in marks)
        {
            if (start < window.From || end > window.To)
            {
                continue;
            }
            Append(html, text, at, start);
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text[start..end])).Append("</mark>");
            at = end;
        }
        Append(html, text, at, window.To);
        return html.ToString().Trim();
    }

    /// <summary>Text between marks, HTML-escaped, each run of white space as one space.</summary>
    private static void Append(StringBuilder html, string text, int from, int to)
    {
        var plain = new StringBuilder(Math.Max(0, to - from));
        for (var i = from; i < to; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (plain.Length == 0 || plain[^1] != ' ')
                {
                    plain.Append(' ');
                }
            }
            else
            {
                plain.Append(text[i]);
            }
        }
        html.Append(WebUtility.HtmlEncode(plain.ToString()));
    }
}
