namespace Search.MetadataEval;

/// <summary>
/// Turns the tokens of a NER sentence back into running text the way a news site prints it (no
/// space before , . : ; ) ! ?, none after (, hyphens and apostrophes joined), and remembers where
/// each token sits so found mentions map back to token spans.
/// </summary>
internal static class Detokenizer
{
    public static (string Text, int[] Starts, int[] Ends) Join(IReadOnlyList<string> tokens)
    {
        var text = new System.Text.StringBuilder();
        var starts = new int[tokens.Count];
        var ends = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (i > 0 && !NoSpaceBefore(tokens, i))
            {
                text.Append(' ');
            }

            starts[i] = text.Length;
            text.Append(token);
            ends[i] = text.Length;
        }

        return (text.ToString(), starts, ends);
    }

    private static bool NoSpaceBefore(IReadOnlyList<string> tokens, int i)
    {
        var token = tokens[i];
        var previous = tokens[i - 1];
        if (token is "," or "." or ":" or ";" or ")" or "!" or "?" or "%" || previous == "(")
        {
            return true;
        }

        var joiner = token is "-" or "'" || previous is "-" or "'";
        return joiner && i + 1 < tokens.Count && IsWord(previous is "-" or "'" ? tokens[i - 2 >= 0 ? i - 2 : 0] : previous)
            && IsWord(token is "-" or "'" ? tokens[i + 1] : token);
    }

    private static bool IsWord(string token) => token.Length > 0 && char.IsLetterOrDigit(token[0]);
}
