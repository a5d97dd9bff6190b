using Search.Core.Analysis;

namespace Search.Core.Searching;

/// <summary>
/// Applies a <see cref="SynonymTable"/> to tokenized query clauses: the longest run of plain words
/// (not quoted, not field-limited, not excluded) that is a form of the table becomes one clause
/// whose <see cref="QueryClause.Alternatives"/> say what it may match ("as" → as | "amerika serikat";
/// "menteri luar negeri" → "menteri luar negeri" | menlu; "gak" → tidak).
/// </summary>
public sealed class SynonymExpander(SynonymTable table)
{
    public IReadOnlyList<QueryClause> Expand(IReadOnlyList<QueryClause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        if (table.Count == 0)
        {
            return clauses;
        }

        var expanded = new List<QueryClause>(clauses.Count);
        var i = 0;
        while (i < clauses.Count)
        {
            var (length, alternatives) = LongestForm(clauses, i);
            if (alternatives is null)
            {
                expanded.Add(clauses[i]);
                i++;
                continue;
            }

            var text = string.Join(' ', clauses.Skip(i).Take(length).Select(c => c.Text));
            expanded.Add(clauses[i] with { Text = text, Alternatives = alternatives });
            i += length;
        }

        return expanded;
    }

    private (int Length, IReadOnlyList<string>? Alternatives) LongestForm(IReadOnlyList<QueryClause> clauses, int start)
    {
        for (var length = Math.Min(table.MaxWords, clauses.Count - start); length >= 1; length--)
        {
            var run = clauses.Skip(start).Take(length).ToList();
            if (!run.All(IsPlainWord) || run.Skip(1).Any(c => c.OrWithPrevious))
            {
                continue;
            }

            var form = string.Join(' ', run.Select(c => c.Text.Trim(Punctuation).ToLowerInvariant()));
            if (table.AlternativesOf(form) is { } alternatives)
            {
                return (length, alternatives);
            }
        }

        return (1, null);
    }

    private static readonly char[] Punctuation = [',', '.', ';', ':', '!', '?', '(', ')', '\'', '"'];

    private static bool IsPlainWord(QueryClause clause) =>
        !clause.IsPhrase && clause.Field is null && !clause.Excluded && clause.Alternatives is null
        && !clause.Text.Contains(' ', StringComparison.Ordinal);
}
