using System.Globalization;

namespace Search.Core.Indexing;

/// <summary>
/// Asia/Jakarta civil time (WIB, UTC+07:00 without daylight saving since 1964): the calendar
/// used for date filters and the month/year facets.
/// </summary>
public static class JakartaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset ToJakarta(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The first instant of a Jakarta calendar day.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    public static string Year(DateTimeOffset instant) =>
        ToJakarta(instant).Year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Month(DateTimeOffset instant) =>
        ToJakarta(instant).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
