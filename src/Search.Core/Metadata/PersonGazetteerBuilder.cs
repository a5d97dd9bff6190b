using System.Runtime.InteropServices;

namespace Search.Core.Metadata;

/// <summary>
/// Learns a <see cref="PersonGazetteer"/> from a pass over a corpus. <see cref="Observe(string)"/>
/// every article (one thread), or <see cref="ObserveAll"/> them (every core, same result), then <see cref="Build"/>.
/// It counts how each word is cased and keeps the short stretches of text where a capitalised run has a
/// person cue; when built, it reads those stretches again with the finished word statistics, so the persons
/// barely depend on the order of articles (the place and organisation names it learns while reading are
/// found with the word statistics counted so far).
/// </summary>
public sealed class PersonGazetteerBuilder
{
    private const int StrongEvidence = 3;

    private readonly EntityExtractionOptions options;

    private readonly MetadataLexicon lexicon = MetadataLexicon.Default;

    private readonly WordCaseStatistics words = new();

    private readonly Dictionary<string, int> cuedWindows = new(StringComparer.Ordinal);

    private readonly NameSpellingModel spelling = new();

    /// <summary>Place and organisation names, the spelling model's other examples.</summary>
    private readonly OtherNameTally otherNames;

    /// <summary>Names written after a place or organisation cue ("Jalan Gatot Subroto", "Universitas Diponegoro"), with counts.</summary>
    private readonly Dictionary<string, int> dedications = new(StringComparer.Ordinal);

    private readonly RunSegmenter liveSegmenter;

    private readonly NameCooccurrence cooccurrence = new();

    /// <summary>Spelling features of the place and organisation names met reading one article at a time.</summary>
    private readonly Dictionary<string, List<string>> featureCache = new(StringComparer.Ordinal);

    public PersonGazetteerBuilder(EntityExtractionOptions? options = null)
    {
        this.options = options ?? new EntityExtractionOptions();
        otherNames = new OtherNameTally(spelling);
        liveSegmenter = new RunSegmenter(lexicon, new PersonGazetteer(words, [], new Dictionary<string, string>(), [], [], NameSpellingModel.Empty, []));
    }

    /// <summary>Articles (or texts) observed so far.</summary>
    public int Observed { get; private set; }

    /// <summary>Reads one article's title, body and caption.</summary>
    public void Observe(string? title, string body, string? caption = null)
    {
        Observed++;
        foreach (var text in new[] { body, caption, title })
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                Read(text);
            }
        }
    }

    /// <summary>
    /// Reads every article's title, body and caption: the indexer's learning pass over its input. Learns exactly
    /// what <see cref="Observe(string?, string, string?)"/> article by article in this order learns, on every core
    /// (<see cref="ParallelObservation"/>).
    /// </summary>
    public PersonGazetteerBuilder ObserveAll(IEnumerable<Articles.Article> articles)
    {
        ParallelObservation.Run(this, articles);
        return this;
    }

    /// <summary>Reads one text.</summary>
    public void Observe(string text)
    {
        Observed++;
        Read(text);
    }

    private void Read(string text)
    {
        foreach (var line in ObservedLine.Read(text, lexicon))
        {
            words.Observe(line.Tokens);
            line.FindOtherNames(liveSegmenter, featureCache);
            Learn(line);
        }
    }

    /// <summary>The lexicon the learning pass reads with.</summary>
    internal MetadataLexicon Lexicon => lexicon;

    /// <summary>Counts one more article whose lines went through <see cref="Count"/> and <see cref="Learn"/>.</summary>
    internal void CountArticle() => Observed++;

    /// <summary>
    /// Counts how the line's words are cased; then records, for the words of its capitalised runs, the counts as they
    /// now stand: all the word statistics the line's segmentation may ask for (see <see cref="ObservedLine.FindOtherNames"/>).
    /// </summary>
    internal void Count(ObservedLine line)
    {
        words.Observe(line.Tokens);
        line.Snapshot(words);
    }

    /// <summary>Adds what one line taught: place and organisation names, names after their cues, cued windows.</summary>
    internal void Learn(ObservedLine line)
    {
        cooccurrence.Read(line, Observed);
        foreach (var features in line.OtherNameFeatures)
        {
            otherNames.Add(features);
        }

        foreach (var name in line.Dedications)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(dedications, name, out _)++;
        }

        foreach (var window in line.Windows)
        {
            if (window is not null)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(cuedWindows, window, out _)++;
            }
        }
    }

    internal static List<string> NameWords(IReadOnlyList<TextToken> tokens, int start, int end)
    {
        var names = new List<string>();
        for (var i = start; i < end; i++)
        {
            if (tokens[i].IsCapitalised)
            {
                names.Add(tokens[i].Text);
            }
        }

        return names;
    }

    public PersonGazetteer Build()
    {
        otherNames.Flush();
        var statistics = words.Pruned(2);
        var aliases = PersonAliasTable.Of(lexicon, options);
        var probe = new PersonGazetteer(statistics, [], aliases, [], [], NameSpellingModel.Empty, []);
        var model = NameSpellingModel.From(spelling.Entries(), spelling.Persons, spelling.Others);
        var finder = new MentionFinder(lexicon, probe);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        // The windows are read on every core; what they yield is added in their order.
        var windows = cuedWindows.ToArray();
        var found = new List<(string Surface, List<string> Words)>[windows.Length];
        Parallel.For(0, windows.Length, i =>
        {
            var tokens = TextTokenizer.Tokenize(windows[i].Key);
            found[i] = finder.Find(tokens, headline: false)
                .Where(candidate => candidate.Kind == EntityKind.Person && candidate.Score >= StrongEvidence && candidate.Score < 10)
                .Select(candidate => (NameEvidence.Surface(tokens, candidate.Start, candidate.End), NameWords(tokens, candidate.Start, candidate.End)))
                .ToList();
        });
        for (var i = 0; i < windows.Length; i++)
        {
            var seen = windows[i].Value;
            foreach (var (surface, words) in found[i])
            {
                counts[surface] = counts.GetValueOrDefault(surface) + seen;
                model.Add(true, words, seen);
            }
        }

        var dedicated = Dedicated(counts);
        var persons = ShortNameForms.FoldIntoFullNames(KnownPersons(counts).Where(p => !dedicated.Contains(NameNormalizer.Fold(p.Canonical))).ToList(), cooccurrence);
        // The canonical names of the aliases that no person stands for yet, learned or added before it; each
        // person's name is folded once, not once per alias.
        var known = persons.Select(p => NameNormalizer.Fold(p.Canonical)).ToHashSet(StringComparer.Ordinal);
        persons.AddRange(aliases.Values.Distinct(StringComparer.Ordinal)
            .Where(name => known.Add(NameNormalizer.Fold(name)))
            .Select(name => new KnownPerson(name, [name], 0)));
        var personWords = persons
            .SelectMany(p => p.Spellings.SelectMany(s => s.Split(' ')))
            .Select(w => w.ToLowerInvariant())
            .Where(w => w.Length > 1 && char.IsLetter(w[0]) && !statistics.IsOrdinaryWord(w) && !lexicon.NotNames.Matches(new TextToken(w, 0, true, false, false)))
            .Distinct(StringComparer.Ordinal);
        return new PersonGazetteer(statistics, persons, aliases, UniqueParts(persons), personWords.ToList(), model.Pruned(2), dedicated);
    }

    /// <summary>Names seen after place or organisation cues at least three times and twice as often as with person cues.</summary>
    private HashSet<string> Dedicated(Dictionary<string, int> personCued)
    {
        var cued = personCued.GroupBy(kv => NameNormalizer.Fold(kv.Key), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value), StringComparer.Ordinal);
        return dedications
            .GroupBy(kv => NameNormalizer.Fold(kv.Key), StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Count: g.Sum(kv => kv.Value)))
            .Where(d => d.Key.Length > 0 && d.Count >= 3 && d.Count >= 2 * cued.GetValueOrDefault(d.Key))
            .Select(d => d.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    private IEnumerable<KnownPerson> KnownPersons(Dictionary<string, int> counts) =>
        counts
            .GroupBy(kv => NameNormalizer.Fold(kv.Key), StringComparer.Ordinal)
            .Select(group =>
            {
                var spellings = group.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
                return new KnownPerson(spellings[0], spellings, group.Sum(kv => kv.Value));
            })
            .Where(p => p.CuedMentions >= (p.Canonical.Contains(' ', StringComparison.Ordinal) ? options.MinCuedMentions : options.MinCuedMentionsSingleWord));

    /// <summary>Surnames and first names that, across the archive, stand for one person at least four times in five.</summary>
    private static IEnumerable<KeyValuePair<string, string>> UniqueParts(List<KnownPerson> persons)
    {
        var byPart = new Dictionary<string, List<KnownPerson>>(StringComparer.Ordinal);
        foreach (var person in persons.Where(p => p.Canonical.Contains(' ', StringComparison.Ordinal)))
        {
            var parts = NameNormalizer.Fold(person.Canonical).Split(' ');
            foreach (var part in new[] { parts[0], parts[^1] }.Distinct(StringComparer.Ordinal).Where(p => p.Length > 2))
            {
                (byPart.TryGetValue(part, out var list) ? list : byPart[part] = []).Add(person);
            }
        }

        var singles = persons.Where(p => !p.Canonical.Contains(' ', StringComparison.Ordinal)).Select(p => NameNormalizer.Fold(p.Canonical)).ToHashSet(StringComparer.Ordinal);
        foreach (var (part, list) in byPart)
        {
            var top = list.MaxBy(p => p.CuedMentions)!;
            if (!singles.Contains(part) && top.CuedMentions >= 2 && top.CuedMentions * 5 >= list.Sum(p => p.CuedMentions) * 4)
            {
                yield return new KeyValuePair<string, string>(part, top.Canonical);
            }
        }
    }
}
