namespace Search.Core.Metadata;

/// <summary>
/// Folds the short forms of learned names into the full names, across the archive, the full name canonical:
/// <list type="bullet">
/// <item>a name whose words begin exactly one longer learned name: "Sri Mulyani" (written so in most stories)
/// and "Sri Mulyani Indrawati" are one person. A short form that begins two longer names ("Ahmad Yani" before
/// "Ahmad Yani Putra" and "Ahmad Yani Saputra") is left alone: which one it means is not known;</item>
/// <item>a one-word name that ends learned full names, begins none, and whose most cued full name holds at
/// least four in five of those names' cues: "Trump" is "Donald Trump" even where a story names him so alone
/// ("Melania Trump", seldom cued, does not stand in the way). A word that also begins names ("Santoso" of
/// "Santoso Wibowo" and "Budi Santoso") may be a first name, so which person it is stays per story
/// (<see cref="PersonGazetteer.FullNameForPart"/> and the article's own full names).</item>
/// </list>
/// Either way the full name must have been seen with a cue at least <see cref="MinFullNameCues"/> times and at
/// least a fifth as often as the short form: "Abdul Aziz", cued 11 times, is not taken for the "Abdul Aziz Ali
/// Su" cued 4 times, nor "Soeharto" for the "Tommy Soeharto" cued a few times. A full name that is itself the
/// short form of another takes no short form of its own (no chains).
/// </summary>
internal static class ShortNameForms
{
    public const int MinFullNameCues = 5;

    private const int MaxShortToFullCues = 5;

    public static List<KnownPerson> FoldIntoFullNames(IReadOnlyList<KnownPerson> persons)
    {
        var named = persons.Select(p => (Person: p, Words: NameNormalizer.Fold(p.Canonical).Split(' '))).ToList();
        var byFirstWord = named.Where(n => n.Words.Length > 1).ToLookup(n => n.Words[0], StringComparer.Ordinal);
        var fullNameOf = new Dictionary<KnownPerson, KnownPerson>();
        foreach (var (person, words) in named.Where(n => n.Words.Length > 1))
        {
            var longer = byFirstWord[words[0]]
                .Where(other => other.Words.Length > words.Length && other.Words.AsSpan(0, words.Length).SequenceEqual(words))
                .Take(2)
                .ToList();
            if (longer.Count == 1 && IsFullNameOf(longer[0].Person, person))
            {
                fullNameOf[person] = longer[0].Person;
            }
        }
        var byLastWord = named.Where(n => n.Words.Length > 1).ToLookup(n => n.Words[^1], StringComparer.Ordinal);
        foreach (var (person, words) in named.Where(n => n.Words.Length == 1 && !byFirstWord.Contains(n.Words[0])))
        {
            var owners = byLastWord[words[0]].Select(o => o.Person).ToList();
            var full = owners.MaxBy(o => o.CuedMentions);
            if (full is not null && !fullNameOf.ContainsKey(full) && IsFullNameOf(full, person) && !HoldsAcronym(full.Canonical)
                && full.CuedMentions * 5 >= owners.Sum(o => o.CuedMentions) * 4)
            {
                fullNameOf[person] = full;
            }
        }
        if (fullNameOf.Count == 0)
        {
            return [.. persons];
        }

        // No chains: a name two words short of another also begins the one between, so it has two longer names;
        // a surname's full name is not one already folded into a longer one.
        var shortForms = fullNameOf.GroupBy(pair => pair.Value, pair => pair.Key).ToDictionary(g => g.Key, g => g.ToList());
        return persons
            .Where(p => !fullNameOf.ContainsKey(p))
            .Select(p => shortForms.TryGetValue(p, out var forms)
                ? p with { Spellings = [.. p.Spellings, .. forms.SelectMany(f => f.Spellings)], CuedMentions = p.CuedMentions + forms.Sum(f => f.CuedMentions) }
                : p)
            .ToList();
    }

    /// <summary>
    /// A word of three capitals or more ("DKI Widyastuti", "BPP Hipmi") is an office or a body the name was read
    /// together with, not a part of the name: it is no full name to fold a surname into. Initials ("FX", "BJ") are.
    /// </summary>
    private static bool HoldsAcronym(string name) =>
        name.Split(' ').Any(word => word.Length >= 3 && word.All(char.IsUpper));

    private static bool IsFullNameOf(KnownPerson full, KnownPerson shortForm) =>
        full.CuedMentions >= MinFullNameCues && full.CuedMentions * MaxShortToFullCues >= shortForm.CuedMentions;
}
