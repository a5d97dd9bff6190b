using Search.Api.Contracts;
using Search.Core.Discovery;

namespace Search.Api.Infrastructure;

/// <summary>
/// Turns the trending query string into a <see cref="TrendingRequest"/>, or into errors keyed by parameter.
/// A missing end of the window is seven days from the other; with neither, the window is the seven days
/// ending on the day of the newest article (an archive's "now").
/// </summary>
public static class TrendingQueryValidator
{
    public const int MaxSize = 100;
    public const int MaxWindowDays = 366;
    public const int DefaultWindowDays = 7;

    public static bool TryValidate(TrendingQuery query, Func<DateOnly?> latestDay, out TrendingRequest request, out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var dimension = QueryParameters.OneOf(query.Dimension, "dimension", "person", TrendingFinder.Dimensions, errors);
        var size = QueryParameters.Int(query.Size, "size", 10, 1, MaxSize, errors);
        var from = QueryParameters.Date(query.From, "from", errors);
        var to = QueryParameters.Date(query.To, "to", errors);
        var end = to ?? from?.AddDays(DefaultWindowDays - 1) ?? latestDay() ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var start = from ?? end.AddDays(-(DefaultWindowDays - 1));
        if (start > end)
        {
            errors["to"] = [$"'to' ({end:yyyy-MM-dd}) is before 'from' ({start:yyyy-MM-dd})."];
        }
        else if (end.DayNumber - start.DayNumber + 1 > MaxWindowDays)
        {
            errors["from"] = [$"the window from 'from' ({start:yyyy-MM-dd}) to 'to' ({end:yyyy-MM-dd}) is longer than {MaxWindowDays} days."];
        }
        request = new TrendingRequest { Dimension = dimension, From = start, To = end, Size = size };
        return errors.Count == 0;
    }
}
