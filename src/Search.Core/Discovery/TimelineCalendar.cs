using System.Globalization;
using Search.Core.Indexing;

namespace Search.Core.Discovery;

/// <summary>Which Asia/Jakarta calendar bucket an instant falls in, and what the bucket is called.</summary>
internal static class TimelineCalendar
{
    public static DateOnly StartOf(long unixMs, TimelineInterval interval)
    {
        var day = DateOnly.FromDateTime(JakartaTime.ToJakarta(DateTimeOffset.FromUnixTimeMilliseconds(unixMs)).DateTime);
        return interval switch
        {
            TimelineInterval.Day => day,
            TimelineInterval.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            _ => new DateOnly(day.Year, day.Month, 1),
        };
    }

    public static DateOnly Next(DateOnly start, TimelineInterval interval) => interval switch
    {
        TimelineInterval.Day => start.AddDays(1),
        TimelineInterval.Week => start.AddDays(7),
        _ => start.AddMonths(1),
    };

    public static string KeyOf(DateOnly start, TimelineInterval interval) => interval switch
    {
        TimelineInterval.Day => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimelineInterval.Week => string.Create(CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):D2}"),
        _ => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    };
}
