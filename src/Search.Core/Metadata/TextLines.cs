namespace Search.Core.Metadata;

/// <summary>
/// Cuts a text into lines, tokenized, and says which are headlines: in a line of five or more words
/// where three in four longer words are capitalised and no full stop ends it ("Rusia-AS Kembali
/// Tegang, Keduanya Saling Usir Diplomat") capitals mean nothing. Lines that are only an editor code ("(FJR)") are dropped.
/// </summary>
internal static class TextLines
{
    /// <param name="lists">Lists to tokenize into, lent for as long as the caller reads the lines; null for lists of their own.</param>
    public static IEnumerable<(int Offset, IReadOnlyList<TextToken> Tokens, bool Headline)> Split(string text, TokenLists? lists = null)
    {
        var offset = 0;
        while (offset <= text.Length)
        {
            var end = text.IndexOf('\n', offset);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(offset, end - offset);
            if (!line.IsWhiteSpace() && !IsEditorCode(line))
            {
                IReadOnlyList<TextToken> tokens;
                if (lists is null)
                {
                    tokens = TextTokenizer.Tokenize(text, offset, end);
                }
                else
                {
                    var lent = lists.Rent();
                    TextTokenizer.Tokenize(text, offset, end, lent);
                    tokens = lent;
                }

                yield return (offset, tokens, IsHeadline(tokens));
            }

            offset = end + 1;
        }
    }

    public static bool IsHeadline(IReadOnlyList<TextToken> tokens)
    {
        var words = 0;
        var capitalised = 0;
        foreach (var token in tokens)
        {
            if (token.IsWord && token.Text.Length > 2 && char.IsLetter(token.Text[0]))
            {
                words++;
                capitalised += token.IsCapitalised ? 1 : 0;
            }
        }

        var last = tokens.Count > 0 ? tokens[^1].Text : string.Empty;
        var endsSentence = last is "." or "!" or "?" or "\"" or "\u201d" or ")";
        return words >= 5 && capitalised * 4 >= words * 3 && !endsSentence;
    }

    /// <summary>"(FJR)", "(yna/din)": the initials of editors closing an article.</summary>
    private static bool IsEditorCode(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length is not (> 3 and < 16) || trimmed[0] != '(' || trimmed[^1] != ')')
        {
            return false;
        }

        foreach (var c in trimmed[1..^1])
        {
            if (!char.IsLetter(c) && c != '/')
            {
                return false;
            }
        }

        return true;
    }
}
