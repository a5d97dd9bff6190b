namespace Search.Core.Suggest;

/// <summary>A person or topic with its folded words and the number of articles that carry it.</summary>
internal sealed record NamedCount(string Value, string[] Words, int Count)
{
    /// <summary>Whether every typed prefix starts one of the words.</summary>
    public bool Matches(IReadOnlyList<string> prefixes) => PrefixMatch.All(Words, prefixes);
}
