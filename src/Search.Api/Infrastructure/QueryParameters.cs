using System.Globalization;

namespace Search.Api.Infrastructure;

/// <summary>
/// Reads query-string values for the discovery endpoints; a bad value adds an error keyed by the
/// parameter that says what is allowed, and the fallback is returned.
/// </summary>
public static class QueryParameters
{
    public static int Int(string? text, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        errors[name] = [$"'{name}' must be an integer from {min} to {max}; got '{Truncate(text)}'."];
        return fallback;
    }

    public static int? OptionalInt(string? text, string name, int min, int max, Dictionary<string, string[]> errors) =>
        string.IsNullOrWhiteSpace(text) ? null : Int(text, name, min, min, max, errors);

    public static DateOnly? Date(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors[name] = [$"'{name}' must be a date written YYYY-MM-DD (Asia/Jakarta calendar day); got '{Truncate(text)}'."];
        return null;
    }

    /// <summary>One of <paramref name="allowed"/> (case-insensitive, returned as listed), or the fallback when absent.</summary>
    public static string OneOf(string? text, string name, string fallback, IReadOnlyList<string> allowed, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        var match = allowed.FirstOrDefault(a => string.Equals(a, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return match;
        }
        errors[name] = [$"'{name}' must be one of {string.Join(", ", allowed)}; got '{Truncate(text)}'."];
        return fallback;
    }

    /// <summary>Repeated values, blanks dropped, trimmed.</summary>
    public static string[] Values(string[]? values) =>
        values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToArray() ?? [];

    public static string Detail(Dictionary<string, string[]> errors) => string.Join(" ", errors.Values.SelectMany(e => e));

    public static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
