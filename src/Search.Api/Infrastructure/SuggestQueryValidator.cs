using System.Globalization;
using Search.Api.Contracts;
using Search.Core.Suggest;

namespace Search.Api.Infrastructure;

/// <summary>Checks the query string of <c>GET /api/suggest</c>; errors are keyed by parameter and say what is allowed.</summary>
public static class SuggestQueryValidator
{
    public const int DefaultSize = 5;
    public const int MaxQueryLength = 200;

    public static bool TryValidate(SuggestQuery query, out string text, out int size, out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        text = query.Q?.Trim() ?? "";
        size = DefaultSize;
        if (text.Length > MaxQueryLength)
        {
            errors["q"] = [$"'q' is {text.Length} characters long; at most {MaxQueryLength} are allowed."];
        }
        if (!string.IsNullOrWhiteSpace(query.Size))
        {
            if (int.TryParse(query.Size, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= Autocomplete.MaxSize)
            {
                size = parsed;
            }
            else
            {
                errors["size"] = [$"'size' must be an integer from 1 to {Autocomplete.MaxSize}; got '{(query.Size.Length <= 40 ? query.Size : query.Size[..40] + "…")}'."];
            }
        }
        return errors.Count == 0;
    }
}
