namespace Search.Core.Searching;

/// <summary>
/// Reads the forgiving query syntax: words, "phrases", -exclusions, OR, and field:value for
/// title/body/person/topic/source. Nothing a person types is an error: an unbalanced quote or a
/// stray operator is read as plain words, as Elasticsearch's simple_query_string does.
/// </summary>
public static class UserQueryTokenizer
{
    public static readonly IReadOnlySet<string> Fields =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "title", "body", "person", "topic", "source" };

    public static IReadOnlyList<QueryClause> Tokenize(string? input)
    {
        var clauses = new List<QueryClause>();
        if (string.IsNullOrWhiteSpace(input))
        {
            return clauses;
        }
        var text = input.AsSpan();
        var pendingOr = false;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]) || char.IsControl(text[i]))
            {
                i++;
                continue;
            }
            var excluded = false;
            if ((text[i] == '-' || text[i] == '+') && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                excluded = text[i] == '-';
                i++;
            }
            string? field = null;
            var wordEnd = IndexOfWhiteSpace(text, i);
            var colon = text[i..wordEnd].IndexOf(':');
            if (colon > 0 && Fields.Contains(text.Slice(i, colon).ToString()) && i + colon + 1 < text.Length
                && !char.IsWhiteSpace(text[i + colon + 1]))
            {
                field = text.Slice(i, colon).ToString().ToLowerInvariant();
                i += colon + 1;
            }
            var isPhrase = false;
            string value;
            var closing = text[i] == '"' ? text[(i + 1)..].IndexOf('"') : -1;
            if (closing >= 0)
            {
                isPhrase = true;
                value = text.Slice(i + 1, closing).ToString();
                i += closing + 2;
            }
            else
            {
                var end = IndexOfWhiteSpace(text, i);
                value = text[i..end].ToString().Replace("\"", " ", StringComparison.Ordinal);
                i = end;
            }
            value = value.Trim();
            if (!isPhrase && field is null && !excluded && value is "OR" or "|" or "||")
            {
                pendingOr = clauses.Count > 0;
                continue;
            }
            if (!isPhrase && field is null && !excluded && value is "AND" or "&&")
            {
                continue;
            }
            if (value.Length == 0 || !value.Any(char.IsLetterOrDigit))
            {
                continue;
            }
            clauses.Add(new QueryClause(value, isPhrase, field, excluded, pendingOr && !excluded));
            pendingOr = false;
        }
        return clauses;
    }

    private static int IndexOfWhiteSpace(ReadOnlySpan<char> text, int start)
    {
        for (var j = start; j < text.Length; j++)
        {
            if (char.IsWhiteSpace(text[j]))
            {
                return j;
            }
        }
        return text.Length;
    }
}
