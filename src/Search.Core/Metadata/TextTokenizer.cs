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

    /// <summary>The ASCII punctuation marks as strings, made once: most tokens that are not words are one of them.</summary>
    private static readonly string[] AsciiMarks = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    public static IReadOnlyList<TextToken> Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>The tokens of <paramref name="text"/>[<paramref name="from"/>..<paramref name="to"/>), as of that stretch alone: offsets count from <paramref name="from"/>.</summary>
    public static IReadOnlyList<TextToken> Tokenize(string text, int from, int to)
    {
        var tokens = new List<TextToken>(Math.Max(4, (to - from) / 5));
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

            var mark = Mark(text[i]);
            i++;
            tokens.Add(new TextToken(mark, start - from, false, spaceBefore, false));
            sentenceStart = mark switch
            {
                "." => !AfterAbbreviation(tokens) || sentenceStart,
                "!" or "?" or "\u201c" => true,
                "\"" => sentenceStart || OpensQuotation(text, from, to, i),
                _ => sentenceStart,
            };
        }

        return tokens;
    }

    private static string Mark(char c) => c < AsciiMarks.Length ? AsciiMarks[c] : c.ToString();

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
