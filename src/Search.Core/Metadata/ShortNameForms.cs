namespace Search.Core.Metadata;

/// <summary>
/// Folds a learned name whose words begin exactly one longer learned name into it, across the archive:
/// "Sri Mulyani" (written so in most stories) and "Sri Mulyani Indrawati" are one person, the full name
/// canonical. A short form that begins two longer names ("Ahmad Yani" before "Ahmad Yani Putra" and
/// "Ahmad Yani Saputra") is left alone: which one it means is not known; so is one whose longer name was
/// seen with a cue fewer than <see cref="MinFullNameCues"/> times or under a fifth as often as the short
/// form ("Abdul Aziz", cued 11 times, is not taken for the "Abdul Aziz Ali Su" cued 4 times). One-word
/// names are not folded here: a lone surname or first name is resolved per use
/// (<see cref="PersonGazetteer.FullNameForPart"/>).
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
            if (longer.Count == 1
                && longer[0].Person.CuedMentions >= MinFullNameCues
                && longer[0].Person.CuedMentions * MaxShortToFullCues >= person.CuedMentions)
            {
                fullNameOf[person] = longer[0].Person;
            }
        }
        if (fullNameOf.Count == 0)
        {
            return [.. persons];
        }

        // No chains: a name two words short of another also begins the one between, so it has two longer names.
        var shortForms = fullNameOf.GroupBy(pair => pair.Value, pair => pair.Key).ToDictionary(g => g.Key, g => g.ToList());
        return persons
            .Where(p => !fullNameOf.ContainsKey(p))
            .Select(p => shortForms.TryGetValue(p, out var forms)
                ? p with { Spellings = [.. p.Spellings, .. forms.SelectMany(f => f.Spellings)], CuedMentions = p.CuedMentions + forms.Sum(f => f.CuedMentions) }
                : p)
            .ToList();
    }
}
