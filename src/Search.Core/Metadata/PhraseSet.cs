namespace Search.Core.Metadata;

/// <summary>
/// A list of words and multi-word phrases matched against tokens, longest first. How an entry is
/// written decides how it matches: all capitals ("NATO", "PM") only as written, lower case
/// ("penyanyi") only in lower case or at the start of a sentence, anything else in any case.
/// A line "Amerika Serikat | AS" lists two names of one thing; the first is its canonical name.
/// </summary>
internal sealed class PhraseSet
{
    private readonly Dictionary<string, List<Entry>> byFirstWord = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> canonical = new(StringComparer.OrdinalIgnoreCase);

    private PhraseSet()
    {
    }

    public int Count { get; private set; }

    /// <summary>The first words of the entries, lower case: a token that is none of them starts no entry.</summary>
    public IEnumerable<string> FirstWords => byFirstWord.Keys;

    public static PhraseSet Parse(string listText) => Of(
        listText.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && line[0] != '#'));

    public static PhraseSet Of(IEnumerable<string> phrases)
    {
        var set = new PhraseSet();
        foreach (var line in phrases)
        {
            var names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var name in names)
            {
                set.Add(name);
                set.canonical.TryAdd(Spaced(name), names[0]);
            }
        }

        return set;
    }

    /// <summary>How many tokens from <paramref name="start"/> (before <paramref name="end"/>) the longest entry covers; 0 if none.</summary>
    public int MatchAt(IReadOnlyList<TextToken> tokens, int start, int end, bool anyCase = false) =>
        Longest(tokens, start, end, anyCase)?.Length ?? 0;

    /// <summary>The longest entry written at <paramref name="start"/>, as the list spells it; null if none.</summary>
    public string[]? Longest(IReadOnlyList<TextToken> tokens, int start, int end, bool anyCase = false)
    {
        if (start >= end || !tokens[start].IsWord || !byFirstWord.TryGetValue(tokens[start].Key, out var candidates))
        {
            return null;
        }

        foreach (var entry in candidates)
        {
            if (entry.Words.Length <= end - start && Matches(entry, tokens, start, anyCase))
            {
                return entry.Words;
            }
        }

        return null;
    }

    /// <summary>Each entry that is not canonical, with its canonical name.</summary>
    public IEnumerable<KeyValuePair<string, string>> Aliases() =>
        canonical.Where(kv => !string.Equals(Spaced(kv.Value), kv.Key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The canonical name of an entry ("AS" → "Amerika Serikat"); null if it is not one.</summary>
    public string? CanonicalOf(string name) => canonical.TryGetValue(Spaced(name), out var value) ? value : null;

    /// <summary>The words of a name joined by single spaces; a name that is already so is returned as it is.</summary>
    private static string Spaced(string name) =>
        IsSpaced(name) ? name : string.Join(' ', TextTokenizer.Tokenize(name).Select(t => t.Text));

    /// <summary>Letters and digits in words separated by single spaces: the tokenizer would give each word back whole.</summary>
    private static bool IsSpaced(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (!char.IsLetterOrDigit(name[i]) && (name[i] != ' ' || i == 0 || i == name.Length - 1 || name[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether one token is an entry by itself.</summary>
    public bool Matches(TextToken token)
    {
        if (!token.IsWord || !byFirstWord.TryGetValue(token.Key, out var candidates))
        {
            return false;
        }

        foreach (var entry in candidates)
        {
            if (entry.Words.Length == 1
                && string.Equals(token.Text, entry.Words[0], entry.FirstAllCaps ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)
                && (entry.FirstHasUpper || token.IsLowerCase || token.SentenceStart))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(Entry entry, IReadOnlyList<TextToken> tokens, int start, bool anyCase)
    {
        var words = entry.Words;
        var exactCase = !anyCase && entry.AllCaps;
        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[start + k];
            if ((k > 0 && token.SentenceStart)
                || !string.Equals(token.Text, words[k], exactCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        var first = tokens[start];
        return anyCase || entry.FirstHasUpper || first.IsLowerCase || first.SentenceStart;
    }

    /// <summary>Two or more letters and no lower-case letter ("NATO", "PM").</summary>
    public static bool IsAllCaps(string word) => word.Length > 1 && !word.Any(char.IsLower) && word.Any(char.IsLetter);

    private void Add(string entry)
    {
        var words = TextTokenizer.Tokenize(entry).Select(t => t.Text).ToArray();
        if (words.Length == 0)
        {
            return;
        }

        var key = words[0].ToLowerInvariant();
        if (!byFirstWord.TryGetValue(key, out var list))
        {
            list = [];
            byFirstWord[key] = list;
        }

        if (list.Any(p => p.Words.SequenceEqual(words, StringComparer.Ordinal)))
        {
            return;
        }

        list.Add(new Entry(words));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        Count++;
    }

    /// <summary>An entry's words with what matching asks of them, worked out once.</summary>
    private sealed class Entry(string[] words)
    {
        public string[] Words { get; } = words;

        /// <summary>Every word is written in capitals: the entry matches only as written.</summary>
        public bool AllCaps { get; } = words.All(IsAllCaps);

        public bool FirstAllCaps { get; } = IsAllCaps(words[0]);

        public bool FirstHasUpper { get; } = words[0].Any(char.IsUpper);
    }
}
