using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Ingestion;

/// <summary>
/// Reads the byline of a raw page capture: "Name - DD Month YYYY HH:MM WIB", with Indonesian
/// (or English) month names or abbreviations, an optional weekday, and WIB, WITA or WIT.
/// </summary>
internal static partial class BylineParser
{
    public enum Outcome
    {
        /// <summary>The line does not look like a byline.</summary>
        NotByline,

        /// <summary>A byline with a valid date.</summary>
        Parsed,

        /// <summary>A byline whose date cannot exist (unknown month, 31 February, 25:00, future…).</summary>
        ImpossibleDate,
    }

    public static Outcome TryParse(
        string line, TimeProvider time, out string? author, out DateTimeOffset published, out string problem)
    {
        author = null;
        published = default;
        problem = string.Empty;

        var match = Byline().Match(line);
        if (!match.Success)
        {
            return Outcome.NotByline;
        }

        var name = match.Groups["author"].Value.Trim();
        author = name.Length == 0 ? null : name;

        var monthName = match.Groups["month"].Value;
        if (!IndonesianMonths.TryParse(monthName, out var month))
        {
            problem = $"unknown month '{monthName}' in byline";
            return Outcome.ImpossibleDate;
        }

        IndonesianTimeZones.TryGetOffset(match.Groups["zone"].Value, out var offset);
        var ok = PublishedDate.TryCreate(
            Number(match, "year"), month, Number(match, "day"), Number(match, "hour"), Number(match, "minute"),
            offset, time, out published, out problem);
        return ok ? Outcome.Parsed : Outcome.ImpossibleDate;
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"^(?:(?<author>.+?)\s+[-–—|]\s+)?(?:\p{L}+,\s*)?(?<day>\d{1,2})\s+(?<month>\p{L}+\.?)\s+(?<year>\d{4}),?\s+(?:pukul\s+)?(?<hour>\d{1,2})[:.](?<minute>\d{2})\s*(?<zone>WITA|WIB|WIT)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Byline();
}
