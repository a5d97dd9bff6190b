namespace Search.Core.Metadata;

/// <summary>
/// Splits text into words and punctuation marks with their offsets, and marks where sentences
/// start. A full stop after an initial or a title abbreviation ("M. Nuh", "Prof. Dr.") does not
/// end the sentence.
/// </summary>
internal static class TextTokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "drg", "prof", "ir", "drs", "dra", "h", "hj", "kh", "st", "jr", "sr", "mr", "mrs", "ms",
        "jl", "no", "pol", "sdr", "pdt", "kab", "dll", "dsb", "tsb", "bpk", "ny", "nn", "mt", "sh", "se",
        "mm", "msi", "mh", "ma", "phd", "vs", "ra", "rm", "univ", "dkk",
    };

    /// <summary>
    /// Marks met so far (punctuation, quotes, dashes: any character that is not a letter or digit), each as a string
    /// and its lower-case form (usually the same string), made once per character: curly quotes and dashes are as
    /// common in news as full stops, and lower-casing one costs a call into ICU.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<char, (string Text, string Key)> Marks = new();

    /// <summary>The ASCII marks, looked up without hashing.</summary>
    private static readonly (string Text, string Key)[] AsciiMarks = Enumerable.Range(0, 128).Select(c => MarkOf((char)c)).ToArray();

    /// <summary>Each thread's list that tokens are collected in before they are copied into a list of their exact size.</summary>
    [ThreadStatic]
    private static List<TextToken>? scratch;

    public static IReadOnlyList<TextToken> Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>The tokens of <paramref name="text"/>[<paramref name="from"/>..<paramref name="to"/>), as of that stretch alone: offsets count from <paramref name="from"/>.</summary>
    public static IReadOnlyList<TextToken> Tokenize(string text, int from, int to)
    {
        var tokens = scratch ??= new List<TextToken>(256);
        Tokenize(text, from, to, tokens);

        // One allocation of the exact size: a list grown while tokenizing allocated half as much again, and a
        // guessed capacity fell short on one line in seven.
        var exact = new List<TextToken>(tokens.Count);
        exact.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens));
        return exact;
    }

    /// <summary>As <see cref="Tokenize(string, int, int)"/>, into <paramref name="tokens"/> (emptied first): a list the caller reuses.</summary>
    public static void Tokenize(string text, int from, int to, List<TextToken> tokens)
    {
        tokens.Clear();
        var pool = WordPool.Current;
        var sentenceStart = true;
        var i = from;
        while (i < to)
        {
            var spaceBefore = false;
            var newline = tokens.Count == 0;
            while (i < to && char.IsWhiteSpace(text[i]))
            {
                spaceBefore = true;
                newline |= text[i] == '\n';
                i++;
            }

            if (i >= to)
            {
                break;
            }

            sentenceStart |= newline;
            var start = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                i = WordEnd(text, i, to);
                var (word, key) = pool.Of(text.AsSpan(start, i - start));
                tokens.Add(new TextToken(word, key, start - from, true, spaceBefore, sentenceStart));
                sentenceStart = false;
                continue;
            }

            var (mark, markKey) = Mark(text[i]);
            i++;
            tokens.Add(new TextToken(mark, markKey, start - from, false, spaceBefore, false));
            sentenceStart = mark switch
            {
                "." => !AfterAbbreviation(tokens) || sentenceStart,
                "!" or "?" or "\u201c" => true,
                "\"" => sentenceStart || OpensQuotation(text, from, to, i),
                _ => sentenceStart,
            };
        }
    }

    private static (string Text, string Key) Mark(char c) => c < AsciiMarks.Length ? AsciiMarks[c] : Marks.GetOrAdd(c, MarkOf);

    private static (string Text, string Key) MarkOf(char c)
    {
        var text = c.ToString();
        return (text, text.ToLowerInvariant());
    }

    private static int WordEnd(string text, int i, int to)
    {
        var digits = char.IsDigit(text[i]);
        i++;
        while (i < to)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if ((c is '\'' or '\u2019') && i + 1 < to && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]))
            {
                i++;
            }
            else if (digits && c is '.' or ',' && i + 1 < to && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>The full stop just added follows an initial ("M.") or a known abbreviation ("Dr.").</summary>
    private static bool AfterAbbreviation(List<TextToken> tokens)
    {
        if (tokens.Count < 2)
        {
            return false;
        }

        var previous = tokens[^2];
        if (!previous.IsWord || tokens[^1].SpaceBefore)
        {
            return false;
        }

        return (previous.Text.Length == 1 && char.IsUpper(previous.Text[0])) || Abbreviations.Contains(previous.Text);
    }

    /// <summary>A straight quote followed directly by a letter opens a quotation.</summary>
    private static bool OpensQuotation(string text, int from, int to, int afterQuote) =>
        afterQuote < to && char.IsLetter(text[afterQuote]) && (afterQuote - from < 2 || char.IsWhiteSpace(text[afterQuote - 2]));
}
