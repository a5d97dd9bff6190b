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

    public static IReadOnlyList<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>(Math.Max(4, text.Length / 5));
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var spaceBefore = false;
            var newline = tokens.Count == 0;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                spaceBefore = true;
                newline |= text[i] == '\n';
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            sentenceStart |= newline;
            var start = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                i = WordEnd(text, i);
                var word = text[start..i];
                tokens.Add(new TextToken(word, start, true, spaceBefore, sentenceStart));
                sentenceStart = false;
                continue;
            }

            var mark = Mark(text[i]);
            i++;
            tokens.Add(new TextToken(mark, start, false, spaceBefore, false));
            sentenceStart = mark switch
            {
                "." => !AfterAbbreviation(tokens) || sentenceStart,
                "!" or "?" or "\u201c" => true,
                "\"" => sentenceStart || OpensQuotation(text, i),
                _ => sentenceStart,
            };
        }

        return tokens;
    }

    private static string Mark(char c) => c < AsciiMarks.Length ? AsciiMarks[c] : c.ToString();

    private static int WordEnd(string text, int i)
    {
        var digits = char.IsDigit(text[i]);
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if ((c is '\'' or '\u2019') && i + 1 < text.Length && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]))
            {
                i++;
            }
            else if (digits && c is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
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
    private static bool OpensQuotation(string text, int afterQuote) =>
        afterQuote < text.Length && char.IsLetter(text[afterQuote]) && (afterQuote < 2 || char.IsWhiteSpace(text[afterQuote - 2]));
}
