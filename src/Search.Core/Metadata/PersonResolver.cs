namespace Search.Core.Metadata;

/// <summary>
/// Merges the person mentions of one article into persons. Spelling variants fold together
/// (Sergey/Sergei); a shorter name joins the longer one that contains it ("Lavrov" joins "Sergei
/// Lavrov"); a lone surname with no full name in the article takes the one the archive knows;
/// configured aliases ("Jokowi") take their canonical name. A word the archive learned stands for one person
/// alone is still the full name the article itself writes with it. The canonical spelling is the
/// gazetteer's, else the one written most, the body's before the caption's before the title's.
/// </summary>
internal sealed class PersonResolver(PersonGazetteer gazetteer)
{
    /// <param name="mentions">Person mentions in reading order: body, then caption, then title.</param>
    public List<ExtractedEntity> Resolve(IReadOnlyList<string> mentions)
    {
        var groups = new List<Group>();
        var bySurface = new Dictionary<string, Group>(StringComparer.Ordinal);
        (HashSet<string> First, HashSet<string> All)? fullNameWords = null;
        for (var order = 0; order < mentions.Count; order++)
        {
            // A name written again joins the group it joined before: no second look-up or fold.
            var surface = mentions[order];
            if (!bySurface.TryGetValue(surface, out var group))
            {
                // One word of a full name the article itself writes is that person ("Febri Hariyadi" ... "Febri"), whoever the
                // archive learned the word alone stands for. A configured alias keeps its name ("Iriana Jokowi", "Jokowi
                // Widodo" ... "Jokowi" is Joko Widodo), unless it is also a given name and the full name begins with it
                // ("Sandi Sampurno" ... "Sandi").
                var canonical = IsOneWord(surface) && IsOwnName(surface, fullNameWords ??= FullNameWords(mentions))
                    ? null
                    : gazetteer.CanonicalOf(surface);
                var key = NameNormalizer.Fold(canonical ?? surface);
                group = groups.Find(g => g.Key == key);
                if (group is null)
                {
                    group = new Group(key, canonical);
                    groups.Add(group);
                }

                bySurface[surface] = group;
            }

            group.Add(surface, order);
        }

        foreach (var shorter in groups.OrderBy(g => g.Words.Length).ToList())
        {
            var longer = groups.Where(g => g != shorter && g.Words.Length > shorter.Words.Length && Contains(g.Words, shorter.Words))
                .OrderByDescending(g => g.Words[^1] == shorter.Words[^1])
                .ThenByDescending(g => g.Count)
                .FirstOrDefault();
            if (longer is null && shorter.Words.Length == 1 && gazetteer.FullNameForPart(shorter.Words[0]) is { } archived)
            {
                longer = groups.Find(g => g.Key == NameNormalizer.Fold(archived));
                if (longer is null)
                {
                    shorter.Canonical = archived;
                    continue;
                }
            }

            if (longer is not null)
            {
                longer.Absorb(shorter);
                groups.Remove(shorter);
            }
        }

        return groups
            .Select(g => g.ToEntity())
            .OrderByDescending(e => e.Mentions)
            .ToList();
    }

    private bool IsOwnName(string word, (HashSet<string> First, HashSet<string> All) fullNames) =>
        !gazetteer.AliasTable.ContainsKey(word) ? fullNames.All.Contains(NameNormalizer.Fold(word))
        : MetadataLexicon.Default.GivenNames.Matches(new TextToken(word, 0, true, false, false)) && fullNames.First.Contains(NameNormalizer.Fold(word));

    private static bool IsOneWord(string name) => !name.AsSpan().Trim().Contains(' ');

    /// <summary>
    /// The first words and all words of the article's full names, leaving out any "name" holding a word the archive
    /// writes in lower case: a headline read as a name ("Trump Enggan", "Cuma Quartararo") names nobody.
    /// </summary>
    private (HashSet<string> First, HashSet<string> All) FullNameWords(IReadOnlyList<string> mentions)
    {
        var names = mentions.Where(m => !IsOneWord(m) && !m.Split(' ').Any(word => gazetteer.Words.IsOrdinaryWord(word.ToLowerInvariant())))
            .Select(m => NameNormalizer.Fold(m).Split(' '))
            .ToList();
        return (names.Select(words => words[0]).ToHashSet(StringComparer.Ordinal), names.SelectMany(words => words).ToHashSet(StringComparer.Ordinal));
    }

    private static bool Contains(string[] words, string[] part)
    {
        for (var i = 0; i + part.Length <= words.Length; i++)
        {
            if (words.AsSpan(i, part.Length).SequenceEqual(part))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Group(string key, string? canonical)
    {
        private readonly List<(string Surface, int Order)> mentions = [];

        public string Key { get; } = key;

        public string[] Words { get; } = key.Split(' ');

        public string? Canonical { get; set; } = canonical;

        public int Count => mentions.Count;

        public void Add(string surface, int order) => mentions.Add((surface, order));

        public void Absorb(Group other) => mentions.AddRange(other.mentions);

        public ExtractedEntity ToEntity()
        {
            var name = Canonical ?? mentions
                .Where(m => NameNormalizer.Fold(m.Surface) == Key)
                .GroupBy(m => m.Surface, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Min(m => m.Order))
                .First().Key;
            var aliases = mentions.OrderBy(m => m.Order).Select(m => m.Surface)
                .Where(s => !string.Equals(s, name, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return new ExtractedEntity(name, aliases, mentions.Count);
        }
    }
}
