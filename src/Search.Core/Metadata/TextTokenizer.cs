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
                var (word, key) = Spelling(text.AsSpan(start, i - start));
                tokens.Add(new TextToken(word, key, start, true, spaceBefore, sentenceStart));
                sentenceStart = false;
                continue;
            }

            var (mark, markKey) = Spelling(text.AsSpan(i, 1));
            i++;
            tokens.Add(new TextToken(mark, markKey, start, false, spaceBefore, false));
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

    /// <summary>
    /// The strings of a token and its case-folded key, shared by every occurrence of the same spelling
    /// that this thread has read lately: most words of news text repeat, and need neither a new
    /// string nor folding again.
    /// </summary>
    private static (string Text, string Key) Spelling(ReadOnlySpan<char> written)
    {
        var seen = spellings ??= new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var lookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(written, out var known))
        {
            return known;
        }

        if (seen.Count >= SpellingsKept)
        {
            seen.Clear();
        }

        var text = written.ToString();
        var spelling = (text, text.ToLowerInvariant());
        seen[text] = spelling;
        return spelling;
    }

    /// <summary>Distinct spellings a thread keeps before it starts afresh (a few MiB at most).</summary>
    private const int SpellingsKept = 50_000;

    [ThreadStatic]
    private static Dictionary<string, (string Text, string Key)>? spellings;

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
