namespace Search.MetadataEval;

/// <summary>
/// Person facet values that look like a part of another value carried by at least as many articles: every word of
/// the value is a word of the other ("Rossi" of "Valentino Rossi", "Anies Rasyid Baswedan" is not one of "Anies
/// Baswedan", but "Anies" is). A rough count of one person split over several values; it misses nicknames
/// ("Sandi") and counts two people who share a name ("Habibie" alone may be either of several Habibies).
/// </summary>
internal static class PersonFragments
{
    public static void Print(IReadOnlyList<(string Name, int Articles)> top)
    {
        var fragments = top
            .Select(value => (value.Name, value.Articles, Whole: top.FirstOrDefault(other => IsPartOf(value, other)).Name))
            .Where(f => f.Whole is not null)
            .ToList();
        Console.WriteLine();
        Console.WriteLine($"Person values in the top {top.Count} that are a part of a value carried as often: {fragments.Count} ({fragments.Sum(f => f.Articles)} article tags)");
        foreach (var (name, articles, whole) in fragments)
        {
            Console.WriteLine($"  {name} ({articles}) of {whole}");
        }
    }

    private static bool IsPartOf((string Name, int Articles) value, (string Name, int Articles) other)
    {
        var words = Words(value.Name);
        var otherWords = Words(other.Name);
        return other.Articles >= value.Articles && words.Length < otherWords.Length && words.All(otherWords.Contains);
    }

    private static string[] Words(string name) =>
        name.ToLowerInvariant().Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
}
