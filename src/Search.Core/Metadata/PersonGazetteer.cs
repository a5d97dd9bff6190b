namespace Search.Core.Metadata;

/// <summary>
/// What the archive knows about people, learned by <see cref="PersonGazetteerBuilder"/> in one pass
/// over all articles before extraction: names seen with strong cues (title, "kata X", role noun),
/// their spellings folded to one canonical name, the unique surname or first name of each, the
/// words that are parts of names, how often each word is written in lower case, and the alias
/// table from configuration. Immutable and safe to share between threads.
/// </summary>
public sealed class PersonGazetteer
{
    private static readonly Lazy<PersonGazetteer> BuiltIn = new(() => new PersonGazetteerBuilder().Build());

    private readonly Dictionary<string, KnownPerson> byKey;

    private readonly Dictionary<string, string> aliasToCanonical;

    private readonly Dictionary<string, string> nameByPart;

    private readonly HashSet<string> personWords;

    private readonly HashSet<string> dedications;

    private readonly HashSet<string> nameStarts;

    private readonly Dictionary<string, int> fullNamesByFirstWord;

    internal PersonGazetteer(
        WordCaseStatistics words,
        IEnumerable<KnownPerson> persons,
        IReadOnlyDictionary<string, string> aliases,
        IEnumerable<KeyValuePair<string, string>> nameByPart,
        IEnumerable<string> personWords,
        NameSpellingModel spelling,
        IEnumerable<string> dedications)
    {
        this.dedications = new HashSet<string>(dedications, StringComparer.Ordinal);
        Words = words;
        Spelling = spelling;
        byKey = new Dictionary<string, KnownPerson>(StringComparer.Ordinal);
        foreach (var person in persons)
        {
            byKey[NameNormalizer.Fold(person.Canonical)] = person;
            foreach (var written in person.Spellings)
            {
                byKey.TryAdd(NameNormalizer.Fold(written), person);
            }
        }

        aliasToCanonical = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, canonical) in aliases)
        {
            aliasToCanonical[alias] = canonical;
        }

        this.nameByPart = new Dictionary<string, string>(nameByPart, StringComparer.Ordinal);
        this.personWords = new HashSet<string>(personWords, StringComparer.Ordinal);
        KnownNames = PhraseSet.Of(byKey.Values.SelectMany(p => p.Spellings).Where(s => s.Contains(' ', StringComparison.Ordinal)));
        Aliases = PhraseSet.Of(aliasToCanonical.Keys);
        fullNamesByFirstWord = byKey.Values.Distinct().Select(p => NameNormalizer.Fold(p.Canonical).Split(' '))
            .Where(words => words.Length > 1).GroupBy(words => words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        nameStarts = KnownNames.FirstWords.Concat(Aliases.FirstWords).Concat(this.personWords).Concat(this.dedications).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Knows nobody and no word statistics: extraction then rests on cues and lexicons alone.</summary>
    public static PersonGazetteer Empty { get; } = new(WordCaseStatistics.Empty, [], new Dictionary<string, string>(), [], [], NameSpellingModel.Empty, []);

    /// <summary>Knows the built-in short forms ("Jokowi" = "Joko Widodo") and nothing learned: what extraction uses before any corpus pass.</summary>
    public static PersonGazetteer Default => BuiltIn.Value;

    /// <summary>How many persons it knows.</summary>
    public int Count => Persons.Count();

    /// <summary>The canonical names of the persons it knows, most often cued first, then in ordinal order.</summary>
    public IEnumerable<string> Names => Persons.OrderByDescending(p => p.CuedMentions).ThenBy(p => p.Canonical, StringComparer.Ordinal).Select(p => p.Canonical);

    /// <summary>
    /// The canonical name for a name, a spelling variant, a configured alias or a unique surname
    /// ("Sergey Lavrov", "Lavrov" → "Sergei Lavrov"; "Jokowi" → "Joko Widodo"); null if unknown.
    /// </summary>
    public string? Resolve(string name)
    {
        if (aliasToCanonical.TryGetValue(name.Trim(), out var canonical))
        {
            return canonical;
        }

        var key = NameNormalizer.Fold(name);
        if (byKey.TryGetValue(key, out var person))
        {
            return person.Canonical;
        }

        return nameByPart.TryGetValue(key, out var full) ? full : null;
    }

    /// <summary>Writes everything it knows to a stream (UTF-8 text), for the indexer to store beside the index.</summary>
    public void WriteTo(Stream stream) => PersonGazetteerFile.Write(this, stream);

    /// <summary>Reads a gazetteer written by <see cref="WriteTo"/>.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold a person gazetteer.</exception>
    public static PersonGazetteer ReadFrom(Stream stream) => PersonGazetteerFile.Read(stream);

    internal WordCaseStatistics Words { get; }

    /// <summary>How person names are spelled, against place and organisation names.</summary>
    internal NameSpellingModel Spelling { get; }

    /// <summary>Learned full names in every spelling seen, matched inside capitalised runs.</summary>
    internal PhraseSet KnownNames { get; }

    /// <summary>The configured short forms ("Jokowi").</summary>
    internal PhraseSet Aliases { get; }

    internal IEnumerable<KnownPerson> Persons => byKey.Values.Distinct();

    internal IReadOnlyDictionary<string, string> AliasTable => aliasToCanonical;

    internal IReadOnlyDictionary<string, string> NameByPart => nameByPart;

    internal IReadOnlyCollection<string> PersonWords => personWords;

    /// <summary>A full name it learned or a configured alias, in any spelling.</summary>
    internal bool Knows(string name) =>
        aliasToCanonical.ContainsKey(name) || byKey.ContainsKey(NameNormalizer.Fold(name));

    /// <summary>The canonical spelling of a full name or alias it knows; null otherwise.</summary>
    internal string? CanonicalOf(string name) =>
        aliasToCanonical.TryGetValue(name, out var canonical) ? canonical
        : byKey.TryGetValue(NameNormalizer.Fold(name), out var person) ? person.Canonical
        : null;

    /// <summary>The one full name a lone surname or first name stands for across the archive; null if none or ambiguous.</summary>
    internal string? FullNameForPart(string word) => nameByPart.TryGetValue(NameNormalizer.FoldWord(word), out var full) ? full : null;

    /// <summary>Folded names mostly seen after a place or organisation cue ("gatot subroto").</summary>
    internal IReadOnlyCollection<string> Dedications => dedications;

    /// <summary>
    /// A name the archive mostly writes as the name of a street, hospital or university ("RSPAD
    /// Gatot Soebroto", "Jalan Sudirman"): without a strong cue of its own it is no person.
    /// </summary>
    internal bool IsDedicationName(string name) => dedications.Contains(NameNormalizer.Fold(name));

    /// <summary>How many known full names start with this word ("Alex": Alex Rins, Alex Sandro, ...).</summary>
    internal int FullNamesStartingWith(string word) => fullNamesByFirstWord.GetValueOrDefault(NameNormalizer.FoldWord(word));

    /// <summary>Whether a known name or alias starts with this lower-case word, or it is a person word or a dedication.</summary>
    internal bool MayStartName(string key) => nameStarts.Contains(key);

    /// <summary>The word (lower case) was seen as part of a cued person's name.</summary>
    internal bool IsPersonWord(string key) => personWords.Contains(key);
}
