using System.Runtime.InteropServices;

namespace Search.Core.Metadata;

/// <summary>
/// How often each word is written in lower case, capitalised, or in capitals inside a sentence,
/// counted over a corpus. A word mostly written in lower case ("keamanan") is an ordinary word
/// even when a title capitalises it; a word almost always capitalised ("lavrov") is a name; a word
/// mostly in capitals ("kpk") is an acronym.
/// </summary>
internal sealed class WordCaseStatistics
{
    private readonly Dictionary<string, WordCounts> counts;

    public WordCaseStatistics()
        : this(new Dictionary<string, WordCounts>(StringComparer.Ordinal))
    {
    }

    private WordCaseStatistics(Dictionary<string, WordCounts> counts) => this.counts = counts;

    public static WordCaseStatistics Empty { get; } = new();

    public int Count => counts.Count;

    /// <summary>Counts the words of one tokenized text; sentence-initial words say nothing and are skipped.</summary>
    public void Observe(IReadOnlyList<TextToken> tokens)
    {
        foreach (var token in tokens)
        {
            if (!token.IsWord || token.SentenceStart || !char.IsLetter(token.Text[0]))
            {
                continue;
            }

            // The case is decided before the look-up: a word of no counted case gets no entry. One look-up per word.
            var (lower, capitalised, capitals) = token.IsLowerCase ? (1, 0, 0) : token.IsAllCaps ? (0, 0, 1) : token.IsCapitalised ? (0, 1, 0) : (0, 0, 0);
            if (lower + capitalised + capitals == 0)
            {
                continue;
            }

            ref var c = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, token.Key, out _);
            c = new WordCounts(c.Lower + lower, c.Capitalised + capitalised, c.Capitals + capitals);
        }
    }

    /// <summary>Written in lower case at least <paramref name="minLower"/> times and at least <paramref name="share"/> times as often as otherwise.</summary>
    public bool IsOrdinaryWord(string key, int minLower = 2, int share = 1) =>
        counts.TryGetValue(key, out var c) && c.Lower >= minLower && c.Lower >= share * (c.Capitalised + c.Capitals);

    /// <summary>Share of sentence-internal occurrences written with an initial capital only; null for an unseen word.</summary>
    public double? CapitalisedShare(string key) =>
        counts.TryGetValue(key, out var c) && c.Total > 0 ? (double)c.Capitalised / c.Total : null;

    /// <summary>Share of sentence-internal occurrences written all in capitals; null for an unseen word.</summary>
    public double? CapitalsShare(string key) =>
        counts.TryGetValue(key, out var c) && c.Total > 0 ? (double)c.Capitals / c.Total : null;

    public int Occurrences(string key) => counts.TryGetValue(key, out var c) ? c.Total : 0;

    /// <summary>All three counts of a word in one look-up; zeros for an unseen word.</summary>
    public WordCounts CountsOf(string key) => counts.GetValueOrDefault(key);

    /// <summary>Drops words seen fewer than <paramref name="minOccurrences"/> times, to keep a learned model small.</summary>
    public WordCaseStatistics Pruned(int minOccurrences) =>
        new(counts.Where(kv => kv.Value.Total >= minOccurrences).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));

    public IEnumerable<(string Word, WordCounts Counts)> Entries() => counts.Select(kv => (kv.Key, kv.Value));

    public void Add(string word, WordCounts wordCounts) => counts[word] = wordCounts;

    public void Clear() => counts.Clear();
}
