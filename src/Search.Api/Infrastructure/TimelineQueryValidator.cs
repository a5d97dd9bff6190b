using Search.Api.Contracts;
using Search.Core.Discovery;

namespace Search.Api.Infrastructure;

/// <summary>Turns the timeline query string into a <see cref="TimelineRequest"/>, or into errors keyed by parameter.</summary>
public static class TimelineQueryValidator
{
    public static readonly IReadOnlyList<string> Intervals = ["day", "week", "month"];

    public static bool TryValidate(TimelineQuery query, out TimelineRequest request, out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var from = QueryParameters.Date(query.From, "from", errors);
        var to = QueryParameters.Date(query.To, "to", errors);
        if (from is not null && to is not null && from > to)
        {
            errors["to"] = [$"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd})."];
        }
        if (query.Q is { Length: > SearchQueryValidator.MaxQueryLength })
        {
            errors["q"] = [$"'q' is {query.Q.Length} characters long; at most {SearchQueryValidator.MaxQueryLength} are allowed."];
        }
        var interval = QueryParameters.OneOf(query.Interval, "interval", "month", Intervals, errors);
        request = new TimelineRequest
        {
            Query = query.Q?.Trim() ?? "",
            Filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
            {
                ["topic"] = QueryParameters.Values(query.Topic),
                ["person"] = QueryParameters.Values(query.Person),
                ["source"] = QueryParameters.Values(query.Source),
            },
            From = from,
            To = to,
            Interval = Enum.Parse<TimelineInterval>(interval, ignoreCase: true),
        };
        return errors.Count == 0;
    }
}
