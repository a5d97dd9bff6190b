using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Search.Core.Analysis;

/// <summary>
/// The set of Indonesian root words (kata dasar) a stemmer may return: the stem list of the
/// hunspell-id dictionary plus an optional list of extra roots. Immutable and thread-safe.
/// </summary>
public sealed class RootLexicon
{
    private readonly FrozenDictionary<string, Affixes> _roots;
    private readonly FrozenDictionary<string, Affixes>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;

    private RootLexicon(Dictionary<string, Affixes> roots)
    {
        _roots = roots.ToFrozenDictionary(StringComparer.Ordinal);
        _spanLookup = _roots.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of distinct roots.</summary>
    public int Count => _roots.Count;

    /// <summary>Whether <paramref name="word"/> (lower case) is a root.</summary>
    public bool Contains(string word) => _roots.ContainsKey(word);

    /// <summary>Whether <paramref name="word"/> (lower case) is a root; does not allocate.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _spanLookup.ContainsKey(word);

    /// <summary>The affixes the dictionary's flags confirm for a root.</summary>
    internal bool TryGetAffixes(ReadOnlySpan<char> word, out Affixes affixes) =>
        _spanLookup.TryGetValue(word, out affixes);

    /// <summary>
    /// Loads a hunspell <c>.dic</c> file (first line the entry count, then <c>word/FLAGS</c> lines)
    /// and, when given and present, a list of extra roots (one word a line, <c>#</c> starts a comment).
    /// Returns null when the <c>.dic</c> file does not exist.
    /// </summary>
    public static RootLexicon? TryLoad(string dicPath, string? extraWordsPath)
    {
        if (!File.Exists(dicPath))
        {
            return null;
        }

        var extraLines = extraWordsPath is not null && File.Exists(extraWordsPath)
            ? File.ReadLines(extraWordsPath, Encoding.UTF8)
            : [];
        return Parse(File.ReadLines(dicPath, Encoding.Latin1), extraLines);
    }

    /// <summary>A lexicon of exactly the given roots, without affix information.</summary>
    public static RootLexicon FromWords(IEnumerable<string> words) => Parse([], words);

    internal static RootLexicon Parse(IEnumerable<string> dicLines, IEnumerable<string> extraLines)
    {
        var roots = new Dictionary<string, Affixes>(StringComparer.Ordinal);
        var isCountLine = true;
        foreach (var line in dicLines)
        {
            if (isCountLine)
            {
                isCountLine = false;
                continue;
            }

            var slash = line.IndexOf('/', StringComparison.Ordinal);
            var word = Normalise(slash < 0 ? line : line[..slash]);
            var affixes = slash < 0 ? Affixes.None : HunspellFlags.Affixes(line.AsSpan(slash + 1).Trim());
            Add(roots, word, affixes);
        }

        foreach (var line in extraLines)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            Add(roots, Normalise(hash < 0 ? line : line[..hash]), Affixes.None);
        }

        return new RootLexicon(roots);
    }

    private static string Normalise(string word) => word.Trim().ToLower(CultureInfo.InvariantCulture);

    private static void Add(Dictionary<string, Affixes> roots, string word, Affixes affixes)
    {
        if (word.Length == 0)
        {
            return;
        }

        roots[word] = roots.TryGetValue(word, out var known) ? known | affixes : affixes;
    }
}
