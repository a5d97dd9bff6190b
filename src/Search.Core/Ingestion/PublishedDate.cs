using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Ingestion;

/// <summary>Parses publication dates and rejects the impossible ones (before 1900 or in the future).</summary>
internal static partial class PublishedDate
{
    private static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Clock skew tolerated for articles dated slightly ahead of the reader's clock.</summary>
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
    ];

    /// <summary>ISO 8601 date and time with an explicit offset or "Z", e.g. "2019-09-10T07:00:00+07:00".</summary>
    public static bool TryParseIso(string text, TimeProvider time, out DateTimeOffset value, out string problem)
    {
        var trimmed = text.Trim();
        if (!HasOffset(trimmed)
            || !DateTimeOffset.TryParseExact(
                trimmed, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            value = default;
            problem = $"published '{trimmed}' is not an ISO 8601 date and time with a UTC offset";
            return false;
        }

        return IsPlausible(value, time, out problem);
    }

    /// <summary>Midnight WIB of the first YYYY-MM-DD in a file name, e.g. "medcom-2021-12-03-lavrov.txt".</summary>
    public static bool TryParseFromFileName(
        string fileName, TimeProvider time, out DateTimeOffset value, out string problem, out bool found)
    {
        value = default;
        var match = FileNameDate().Match(fileName);
        found = match.Success;
        if (!found)
        {
            problem = "no date in the file name";
            return false;
        }

        if (!DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            problem = $"file name date '{match.Value}' does not exist";
            return false;
        }

        value = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), IndonesianTimeZones.Wib);
        return IsPlausible(value, time, out problem);
    }

    /// <summary>Builds a date from calendar parts, failing on days such as 31 February or 25:00.</summary>
    public static bool TryCreate(
        int year, int month, int day, int hour, int minute, TimeSpan offset, TimeProvider time,
        out DateTimeOffset value, out string problem)
    {
        value = default;
        if (year < 1 || year > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            problem = $"day {day:D2}-{month:D2}-{year:D4} does not exist";
            return false;
        }

        if (hour is < 0 or > 23 || minute is < 0 or > 59)
        {
            problem = $"time {hour:D2}:{minute:D2} does not exist";
            return false;
        }

        value = new DateTimeOffset(year, month, day, hour, minute, 0, offset);
        return IsPlausible(value, time, out problem);
    }

    public static bool IsPlausible(DateTimeOffset value, TimeProvider time, out string problem)
    {
        if (value < Earliest)
        {
            problem = $"published {Format(value)} is before 1900";
            return false;
        }

        if (value > time.GetUtcNow() + FutureTolerance)
        {
            problem = $"published {Format(value)} is in the future";
            return false;
        }

        problem = string.Empty;
        return true;
    }

    private static string Format(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z')
        || (text.Length >= 6 && text[^6] is '+' or '-' && text[^3] == ':');

    [GeneratedRegex(@"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FileNameDate();
}
