using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Ingestion;

/// <summary>
/// Publication dates as HTML pages write them: ISO 8601 with an offset ("2024-03-12T09:15:00+07:00",
/// also "+0700" and a space for the "T"); without an offset, or a date alone, the time is read as WIB
/// (Asia/Jakarta), as Indonesian sites mean it; as a last resort, Indonesian date text
/// ("Selasa, 12 Maret 2024 09:15 WIB", read by <see cref="BylineParser"/>).
/// </summary>
internal static partial class HtmlPublishedDate
{
    public enum Outcome
    {
        /// <summary>The text is not a date.</summary>
        NotDate,

        /// <summary>A date that can be published.</summary>
        Parsed,

        /// <summary>A date that cannot be (before 1900, in the future, 31 February…).</summary>
        Impossible,
    }

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd",
    ];

    /// <summary>A machine-readable date: ISO 8601, with or without an offset.</summary>
    public static Outcome TryParseIso(string text, TimeProvider time, out DateTimeOffset value, out string problem)
    {
        value = default;
        var trimmed = text.Trim();
        var match = IsoShape().Match(trimmed);
        if (!match.Success)
        {
            problem = $"'{trimmed}' is not an ISO 8601 date";
            return Outcome.NotDate;
        }

        var local = match.Groups["local"].Value.Replace(' ', 'T');
        var zone = match.Groups["zone"].Value;
        if (zone.Length > 0)
        {
            var offset = zone is "Z" or "z" ? "Z" : zone.Contains(':', StringComparison.Ordinal) ? zone : zone[..3] + ":" + zone[3..];
            return PublishedDate.TryParseIso(local + offset, time, out value, out problem) ? Outcome.Parsed : Outcome.Impossible;
        }

        if (!DateTime.TryParseExact(local, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            problem = $"date '{trimmed}' does not exist";
            return Outcome.Impossible;
        }

        value = new DateTimeOffset(wallClock, IndonesianTimeZones.Wib);
        return PublishedDate.IsPlausible(value, time, out problem) ? Outcome.Parsed : Outcome.Impossible;
    }

    /// <summary>Indonesian date text such as "Selasa, 12 Maret 2024 09:15 WIB" or "Rina - 12 Mar 2024, 09:15 WITA".</summary>
    public static Outcome TryParseText(string text, TimeProvider time, out DateTimeOffset value, out string problem)
    {
        var line = HtmlArticleBody.Collapse(text).Replace(" | ", " ", StringComparison.Ordinal);
        return BylineParser.TryParse(line, time, out _, out value, out problem) switch
        {
            BylineParser.Outcome.Parsed => Outcome.Parsed,
            BylineParser.Outcome.ImpossibleDate => Outcome.Impossible,
            _ => Outcome.NotDate,
        };
    }

    [GeneratedRegex(
        @"^(?<local>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?)?)(?<zone>Z|z|[+-]\d{2}:?\d{2})?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex IsoShape();
}
