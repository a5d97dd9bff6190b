using System.Runtime.InteropServices;

namespace Search.Core.Metadata;

/// <summary>
/// A naive Bayes model of how person names are spelled, against place and organisation names:
/// the words and their two- to four-letter pieces ("-ov", "-wati", "^ka"). It is trained without
/// labels during the learning pass: names a cue marks as persons are the positive examples, names
/// the place and organisation lists or cues mark are the negative ones. It decides nothing alone;
/// it adds weight to a name that no cue marks.
/// </summary>
internal sealed class NameSpellingModel
{
    private readonly Dictionary<string, (int Person, int Other)> features;

    /// <summary>
    /// Each word's share of the log odds (its own and its pieces' terms), worked out once per word for every thread,
    /// for the <see cref="version"/> of the counts it came from: a word's terms cost some thirty look-ups in a large
    /// table and twice as many logarithms, and the rules and the tagger's word features ask for the same words.
    /// </summary>
    private SpellingTermCache? terms;

    /// <summary><see cref="WordTerms"/> and <see cref="CountTerm"/> as delegates made once, for the cache to call.</summary>
    private readonly Func<string, double> wordTermsOf;

    private readonly Func<int, double> countTermOf;

    /// <summary>The features looked up by their characters: a word's pieces are read without making them strings.</summary>
    private readonly Dictionary<string, (int Person, int Other)>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    /// <summary>Changes with every example added: terms worked out before then are stale.</summary>
    private int version;

    public NameSpellingModel()
        : this(new Dictionary<string, (int Person, int Other)>(StringComparer.Ordinal), 0, 0)
    {
    }

    private NameSpellingModel(Dictionary<string, (int Person, int Other)> features, int persons, int others)
    {
        this.features = features;
        bySpan = features.GetAlternateLookup<ReadOnlySpan<char>>();
        (wordTermsOf, countTermOf) = (WordTerms, CountTerm);
        Persons = persons;
        Others = others;
        foreach (var (person, other) in features.Values)
        {
            PersonFeatures += person;
            OtherFeatures += other;
        }
    }

    public static NameSpellingModel Empty { get; } = new();

    /// <summary>Positive examples seen.</summary>
    public int Persons { get; private set; }

    /// <summary>Negative examples seen.</summary>
    public int Others { get; private set; }

    private long PersonFeatures { get; set; }

    private long OtherFeatures { get; set; }

    public bool IsTrained => Persons >= 50 && Others >= 50;

    public void Add(bool person, IEnumerable<string> words, int weight = 1) => AddFeatures(person, Features(words), weight);

    /// <summary>An example given by its features (<see cref="FeaturesOf"/>), worked out beforehand on any thread.</summary>
    public void AddFeatures(bool person, IEnumerable<string> exampleFeatures, int weight = 1)
    {
        version++;
        foreach (var feature in exampleFeatures)
        {
            // One look-up per feature; a new feature is added where the indexer would have added it.
            ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(features, feature, out _);
            counts = person ? (counts.Person + weight, counts.Other) : (counts.Person, counts.Other + weight);
            PersonFeatures += person ? weight : 0;
            OtherFeatures += person ? 0 : weight;
        }

        Persons += person ? weight : 0;
        Others += person ? 0 : weight;
    }

    /// <summary>The features of a name written with these words, as <see cref="Add"/> counts them.</summary>
    public static List<string> FeaturesOf(IEnumerable<string> words) => Features(words).ToList();

    /// <summary>
    /// <see cref="FeaturesOf(IEnumerable{string})"/> of a name through a cache of names met before (the caller's, one
    /// per thread): place and organisation names repeat all through an archive, and each one's pieces are many
    /// strings. A name met again gets the same list, which no one changes. The cache is emptied when it is full.
    /// </summary>
    public static List<string> FeaturesOf(List<string> words, Dictionary<string, List<string>> cache)
    {
        var key = string.Join(' ', words);
        if (!cache.TryGetValue(key, out var found))
        {
            if (cache.Count >= CachedNames)
            {
                cache.Clear();
            }

            found = FeaturesOf(words);
            cache[key] = found;
        }

        return found;
    }

    /// <summary>Names whose features one cache keeps at most (a few megabytes).</summary>
    private const int CachedNames = 4096;

    /// <summary>Natural-log odds that a name spelled with these words is a person's (0 when untrained).</summary>
    public double LogOdds(IEnumerable<string> words)
    {
        if (!IsTrained)
        {
            return 0;
        }

        var cache = Terms();
        var odds = Math.Log((double)Persons / Others);
        var count = 0;
        foreach (var word in words)
        {
            count++;
            odds += cache.WordTerms(word, wordTermsOf);
        }

        return odds + cache.CountTerm(Math.Min(count, 4), countTermOf);
    }

    /// <summary>
    /// <see cref="LogOdds"/> of a one-word name, without building a list: the tagger asks it once per capitalised
    /// word and keeps the answer with the word's other features; the word's terms are those the rules' names share.
    /// </summary>
    public double LogOddsOfWord(string word)
    {
        if (!IsTrained)
        {
            return 0;
        }

        var cache = Terms();
        return Math.Log((double)Persons / Others) + cache.WordTerms(word, wordTermsOf) + cache.CountTerm(1, countTermOf);
    }

    /// <summary>The cache of terms for the counts as they are now (a new one once an example was added since the last).</summary>
    private SpellingTermCache Terms()
    {
        var cache = Volatile.Read(ref terms);
        if (cache is null || cache.Version != version)
        {
            cache = new SpellingTermCache(version);
            Volatile.Write(ref terms, cache);
        }

        return cache;
    }

    /// <summary>The term of the feature that counts a name's words ("n:1" to "n:4").</summary>
    private double CountTerm(int count) => Term("n:" + count);

    /// <summary>The sum of the terms of <see cref="WordFeatures"/>(<paramref name="word"/>), in its order, each feature read from a buffer instead of made a string.</summary>
    private double WordTerms(string word)
    {
        var lower = word.ToLowerInvariant();
        var length = lower.Length + 2;
        var buffer = length <= 128 ? stackalloc char[length] : new char[length];
        "w:".CopyTo(buffer);
        lower.CopyTo(buffer[2..]);
        var sum = 0.0;
        sum += Term(buffer);
        buffer[0] = '^';
        lower.CopyTo(buffer[1..]);
        buffer[^1] = '$';
        foreach (var (start, n) in Pieces(length))
        {
            sum += Term(buffer.Slice(start, n));
        }

        return sum;
    }

    private double Term(string feature) => Term(feature.AsSpan());

    private double Term(ReadOnlySpan<char> feature)
    {
        var vocabulary = features.Count + 1.0;
        var (p, o) = bySpan.TryGetValue(feature, out var counts) ? counts : default;
        return Math.Log((p + 0.5) / (PersonFeatures + (0.5 * vocabulary)))
            - Math.Log((o + 0.5) / (OtherFeatures + (0.5 * vocabulary)));
    }

    /// <summary>Keeps features seen at least <paramref name="minCount"/> times, to keep a learned model small.</summary>
    public NameSpellingModel Pruned(int minCount) =>
        new(features.Where(kv => kv.Value.Person + kv.Value.Other >= minCount).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal), Persons, Others);

    public IEnumerable<(string Feature, int Person, int Other)> Entries() => features.Select(kv => (kv.Key, kv.Value.Person, kv.Value.Other));

    public static NameSpellingModel From(IEnumerable<(string Feature, int Person, int Other)> entries, int persons, int others) =>
        new(entries.ToDictionary(e => e.Feature, e => (e.Person, e.Other), StringComparer.Ordinal), persons, others);

    private static IEnumerable<string> Features(IEnumerable<string> words)
    {
        var count = 0;
        foreach (var word in words)
        {
            count++;
            foreach (var feature in WordFeatures(word))
            {
                yield return feature;
            }
        }

        yield return "n:" + Math.Min(count, 4);
    }

    /// <summary>The word itself and its two- to four-letter pieces, with ^ and $ marking its ends.</summary>
    private static IEnumerable<string> WordFeatures(string word)
    {
        var lower = word.ToLowerInvariant();
        yield return "w:" + lower;
        var marked = "^" + lower + "$";
        foreach (var (start, n) in Pieces(marked.Length))
        {
            yield return marked.Substring(start, n);
        }
    }

    /// <summary>Where the pieces of a marked word ("^word$") of <paramref name="length"/> characters sit: every run of 2, then 3, then 4.</summary>
    private static IEnumerable<(int Start, int Length)> Pieces(int length)
    {
        for (var n = 2; n <= 4; n++)
        {
            for (var i = 0; i + n <= length; i++)
            {
                yield return (i, n);
            }
        }
    }
}
