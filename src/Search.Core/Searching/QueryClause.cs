namespace Search.Core.Searching;

/// <summary>
/// One piece of what a person typed: a word or phrase, optionally limited to a field, optionally excluded.
/// <see cref="OrWithPrevious"/> joins it to the clause before it with OR.
/// </summary>
public sealed record QueryClause(string Text, bool IsPhrase, string? Field, bool Excluded, bool OrWithPrevious)
{
    /// <summary>Forms that any may match instead of <see cref="Text"/> (synonyms, abbreviations); null for none.</summary>
    public IReadOnlyList<string>? Alternatives { get; init; }
}
