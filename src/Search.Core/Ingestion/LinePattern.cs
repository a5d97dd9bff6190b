using System.Text.RegularExpressions;

namespace Search.Core.Ingestion;

/// <summary>
/// One rule of a site profile, matched against a whole trimmed line: either an exact text
/// (case-insensitive) or a regular expression. Written in JSON as {"exact": "…"} or {"regex": "…"}.
/// </summary>
public sealed class LinePattern
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private Regex? _compiled;

    public string? Exact { get; init; }

    /// <summary>.NET regular expression; anchor it (^…$) to match whole lines.</summary>
    public string? Regex { get; init; }

    public bool IsMatch(string line) =>
        Exact is not null
            ? string.Equals(line, Exact, StringComparison.OrdinalIgnoreCase)
            : Compiled().IsMatch(line);

    public override string ToString() => Exact is not null ? $"exact \"{Exact}\"" : $"regex /{Regex}/";

    /// <summary>The regex match, for rules that capture a named group (city, title, code, source).</summary>
    internal Match Match(string line) =>
        Exact is not null ? System.Text.RegularExpressions.Match.Empty : Compiled().Match(line);

    /// <summary>Fails fast on a rule that is neither or both kinds, an invalid regex, or a missing group.</summary>
    internal void Validate(string where, string? requiredGroup = null)
    {
        if ((Exact is null) == (Regex is null))
        {
            throw new InvalidDataException($"{where}: a line pattern needs exactly one of \"exact\" or \"regex\".");
        }

        if (requiredGroup is null)
        {
            if (Regex is not null)
            {
                Compile(where);
            }

            return;
        }

        if (Regex is null || Array.IndexOf(Compile(where).GetGroupNames(), requiredGroup) < 0)
        {
            throw new InvalidDataException($"{where}: needs a \"regex\" with a (?<{requiredGroup}>…) group.");
        }
    }

    private Regex Compile(string where)
    {
        try
        {
            return Compiled();
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"{where}: invalid regex /{Regex}/: {ex.Message}", ex);
        }
    }

    private Regex Compiled() =>
        _compiled ??= new Regex(Regex!, RegexOptions.CultureInvariant, MatchTimeout);
}
