using System.Globalization;
using Search.Api.Contracts;
using Search.Core.Searching;

namespace Search.Api.Infrastructure;

/// <summary>
/// Turns the query string into a <see cref="SearchRequest"/>, or into errors keyed by parameter that
/// say what is allowed.
/// </summary>
public static class SearchQueryValidator
{
    public const int MaxSize = 100;
    public const int MaxQueryLength = 1_000;
    public const int MaxResultWindow = 10_000;
    public const int MaxClauses = 64;
    public const int MaxFilterValues = 50;

    /// <summary>Dates a filter may name: far beyond any archive, and clear of the calendar's ends.</summary>
    private static readonly DateOnly EarliestDate = new(1000, 1, 1);
    private static readonly DateOnly LatestDate = new(9998, 12, 31);

    public static bool TryValidate(SearchQuery query, out SearchRequest request, out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var page = ParseInt(query.Page, "page", 1, 1, int.MaxValue, "an integer from 1", errors);
        var size = ParseInt(query.Size, "size", 10, 1, MaxSize, $"an integer from 1 to {MaxSize}", errors);
        var from = ParseDate(query.From, "from", errors);
        var to = ParseDate(query.To, "to", errors);
        var sort = ParseSort(query.Sort, errors);
        var recency = ParseFlag(query.Recency, "recency", errors);
        if (from is not null && to is not null && from > to)
        {
            errors["to"] = [$"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd})."];
        }
        if (query.Q is { Length: > MaxQueryLength })
        {
            errors["q"] = [$"'q' is {query.Q.Length} characters long; at most {MaxQueryLength} are allowed."];
        }
        else if (UserQueryTokenizer.Tokenize(query.Q).Count is var clauses and > MaxClauses)
        {
            errors["q"] = [$"'q' has {clauses} clauses (words, phrases, exclusions); at most {MaxClauses} are allowed."];
        }
        foreach (var (name, values) in new[] { ("topic", query.Topic), ("person", query.Person), ("source", query.Source), ("org", query.Org), ("place", query.Place) })
        {
            if (values is { Length: > MaxFilterValues })
            {
                errors[name] = [$"'{name}' is given {values.Length} times; at most {MaxFilterValues} values are allowed."];
            }
        }
        var after = ParseCursor(query.Cursor, sort, errors);
        if (after is not null && !errors.ContainsKey("page") && page != 1)
        {
            errors["cursor"] = ["'cursor' continues from the page before it; leave 'page' out when giving one."];
        }
        else if (after is null && !errors.ContainsKey("page") && !errors.ContainsKey("size") && (long)page * size > MaxResultWindow)
        {
            errors["page"] = [$"'page' × 'size' must not exceed {MaxResultWindow}; page {page} with size {size} is too deep. Page further with 'cursor' (each response's 'nextCursor')."];
        }
        request = new SearchRequest
        {
            Query = query.Q?.Trim() ?? "",
            Filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
            {
                ["topic"] = Values(query.Topic),
                ["person"] = Values(query.Person),
                ["source"] = Values(query.Source),
                ["org"] = Values(query.Org),
                ["place"] = Values(query.Place),
            },
            From = from,
            To = to,
            Sort = sort,
            Recency = recency,
            Page = page,
            Size = size,
            After = after,
        };
        return errors.Count == 0;
    }

    private static SearchCursor? ParseCursor(string? text, SearchSort sort, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (!SearchCursor.TryDecode(text.Trim(), out var cursor))
        {
            errors["cursor"] = ["'cursor' must be a 'nextCursor' value from an earlier response, unchanged."];
            return null;
        }
        if (cursor!.Sort != sort)
        {
            errors["cursor"] = [$"'cursor' was issued for sort={cursor.Sort.ToString().ToLowerInvariant()}; give the same 'sort' as the page before."];
            return null;
        }
        return cursor;
    }

    private static string[] Values(string[]? values) =>
        values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToArray() ?? [];

    private static int ParseInt(string? text, string name, int fallback, int min, int max, string allowed, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        errors[name] = [$"'{name}' must be {allowed}; got '{Truncate(text)}'."];
        return fallback;
    }

    private static DateOnly? ParseDate(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (date >= EarliestDate && date <= LatestDate)
            {
                return date;
            }
            errors[name] = [$"'{name}' must be between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}; got '{Truncate(text)}'."];
            return null;
        }
        errors[name] = [$"'{name}' must be a date written YYYY-MM-DD (Asia/Jakarta calendar day); got '{Truncate(text)}'."];
        return null;
    }

    private static SearchSort ParseSort(string? text, Dictionary<string, string[]> errors)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "relevance":
                return SearchSort.Relevance;
            case "newest":
                return SearchSort.Newest;
            case "oldest":
                return SearchSort.Oldest;
            default:
                errors["sort"] = [$"'sort' must be one of relevance, newest, oldest; got '{Truncate(text)}'."];
                return SearchSort.Relevance;
        }
    }

    private static bool ParseFlag(string? text, string name, Dictionary<string, string[]> errors)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "false" or "0":
                return false;
            case "true" or "1":
                return true;
            default:
                errors[name] = [$"'{name}' must be true or false; got '{Truncate(text)}'."];
                return false;
        }
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
