namespace Search.Core.Metadata;

/// <summary>
/// Folds the short forms and variants of learned names into one person each, across the archive:
/// <list type="bullet">
/// <item>variants of one name (<see cref="NameVariants"/>: "Anies Rasyid Baswedan" and "Anies Baswedan") fold into
/// the one cued most;</item>
/// <item>a name whose words begin exactly one longer learned name: "Sri Mulyani" (written so in most stories)
/// and "Sri Mulyani Indrawati" are one person, the full name canonical. A short form that begins two longer
/// names ("Ahmad Yani" before "Ahmad Yani Putra" and "Ahmad Yani Saputra") is left alone: which one it means is
/// not known;</item>
/// <item>a one-word name whose most cued full name, among the learned names it begins or ends, holds at least
/// four in five of their cues: "Trump" is "Donald Trump" even where a story names him so alone ("Melania
/// Trump", seldom cued, does not stand in the way), and "Anies", as the Indonesian press writes a person after
/// the first mention, is "Anies Baswedan". A word that begins or ends the names of more than
/// <see cref="MaxOwners"/> people, or of several cued alike ("Santoso" of "Santoso Wibowo" and "Budi Santoso"),
/// stays itself, so which person it is stays per story
/// (<see cref="PersonGazetteer.FullNameForPart"/> and the article's own full names).</item>
/// </list>
/// A short form's full name must have been seen with a cue at least <see cref="MinFullNameCues"/> times and at
/// least a fifth as often as the short form: "Abdul Aziz", cued 11 times, is not taken for the "Abdul Aziz Ali
/// Su" cued 4 times, nor "Soeharto" for the "Tommy Soeharto" cued a few times. A one-word name may instead stand
/// beside its full name in at least half of the articles that write it (<see cref="NameCooccurrence"/>): "Rossi",
/// cued seven times as often as "Valentino Rossi", is written beside "Valentino" in most of its articles. Folds
/// chain: a short form of a variant belongs to the name the variant folds into.
/// </summary>
internal static class ShortNameForms
{
    public const int MinFullNameCues = 5;

    private const int MaxShortToFullCues = 5;

    /// <summary>
    /// The most learned full names a one-word name may begin or end and still be one of them: a word that begins
    /// many ("Joko", "Sri", "Hadi": ten or more each in the shared news) is a common name, whoever is cued most.
    /// </summary>
    private const int MaxOwners = 3;

    /// <summary>
    /// A full name cued fewer than <see cref="MinFullNameCues"/> times, or less than a fifth as often as the word alone,
    /// still takes the word when the word stands beside it in at least this share of the articles that write it
    /// (<see cref="NameCooccurrence"/>): "Rossi" beside "Valentino", though "kata Rossi" is cued seven times as often.
    /// </summary>
    private const double MinShare = 0.5;

    private const int MinCooccurringCues = 2;

    public static List<KnownPerson> FoldIntoFullNames(IReadOnlyList<KnownPerson> persons, NameCooccurrence? cooccurrence = null)
    {
        var named = persons.Select(p => (Person: p, Words: NameNormalizer.Fold(p.Canonical).Split(' '))).ToList();
        var byFirstWord = named.Where(n => n.Words.Length > 1).ToLookup(n => n.Words[0], StringComparer.Ordinal);
        var variants = NameVariants.Find(named);
        var fullNameOf = new Dictionary<KnownPerson, KnownPerson>(variants);
        foreach (var (person, words) in named.Where(n => n.Words.Length > 1 && !fullNameOf.ContainsKey(n.Person)))
        {
            var longer = byFirstWord[words[0]]
                .Where(other => other.Words.Length > words.Length && other.Words.AsSpan(0, words.Length).SequenceEqual(words))
                .Select(other => Root(variants, other.Person))
                .Distinct()
                .Take(2)
                .ToList();
            if (longer.Count == 1 && longer[0] != Root(variants, person) && IsFullNameOf(longer[0], person))
            {
                fullNameOf[person] = longer[0];
            }
        }

        // A one-word name and the full names it begins or ends, each counted with the variants folded into it.
        var owners = named.Where(n => n.Words.Length > 1)
            .SelectMany(n => new[] { n.Words[0], n.Words[^1] }.Distinct(StringComparer.Ordinal).Select(word => (Word: word, n.Person)))
            .ToLookup(o => o.Word, o => o.Person, StringComparer.Ordinal);
        // Each name with the names folded into it so far: their cues add up, and their spellings are the full name's.
        var folded = persons.GroupBy(p => Root(fullNameOf, p)).ToDictionary(g => g.Key, g => g.ToList());
        var cues = folded.ToDictionary(kv => kv.Key, kv => kv.Value.Sum(p => p.CuedMentions));
        foreach (var (person, words) in named.Where(n => n.Words.Length == 1))
        {
            var roots = owners[words[0]].Select(o => Root(fullNameOf, o)).Distinct().ToList();
            var full = roots.MaxBy(r => cues[r]);
            if (full is not null && roots.Count <= MaxOwners && !HoldsAcronym(full.Canonical) && cues[full] * 5 >= roots.Sum(r => cues[r]) * 4
                && ((cues[full] >= MinFullNameCues && cues[full] * MaxShortToFullCues >= person.CuedMentions)
                    || (cues[full] >= MinCooccurringCues && cooccurrence?.Share(person.Canonical.ToLowerInvariant(), folded[full].SelectMany(p => p.Spellings)) >= MinShare)))
            {
                fullNameOf[person] = full;
            }
        }

        if (fullNameOf.Count == 0)
        {
            return [.. persons];
        }

        var forms = persons.Where(fullNameOf.ContainsKey).ToLookup(p => Root(fullNameOf, p));
        return persons
            .Where(p => !fullNameOf.ContainsKey(p))
            .Select(p => forms[p].Any()
                ? p with { Spellings = [.. p.Spellings, .. forms[p].SelectMany(f => f.Spellings)], CuedMentions = cues[p] }
                : p)
            .ToList();
    }

    /// <summary>The name a name folds into, through any number of folds.</summary>
    private static KnownPerson Root(Dictionary<KnownPerson, KnownPerson> fullNameOf, KnownPerson person)
    {
        while (fullNameOf.TryGetValue(person, out var full))
        {
            person = full;
        }

        return person;
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
