namespace Search.Core.Metadata.Tagging;

/// <summary>
/// Which tokens of a cased line can be part of a name: capitalised words, and between two of them
/// a lower-case particle ("bin", "van", "de", also before a hyphen: "at-Tirmasi"), a hyphen or an
/// apostrophe ("O'Neil"), or the full stop of an initial ("M. Nuh"); after a capitalised word a
/// hyphen and the lower-case word glued to it ("Choi Ji-woo"); a full stop also closes "Jr." and "Sr.". Everything else is
/// outside any entity, so the tagger decodes only these stretches.
/// </summary>
internal static class NameStretches
{
    /// <summary>Marks in <paramref name="selected"/> (one per token) the tokens that can be part of a name; whether there is any.</summary>
    public static bool Select(IReadOnlyList<TextToken> tokens, Span<bool> selected)
    {
        var n = tokens.Count;
        var any = false;
        for (var i = 0; i < n; i++)
        {
            selected[i] = tokens[i].IsCapitalised;
            any |= selected[i];
        }

        for (var i = 1; i + 1 < n; i++)
        {
            if (selected[i] || !selected[i - 1])
            {
                continue;
            }

            var token = tokens[i];
            var joins = token.IsWord
                ? token.IsLowerCase && token.Text.Length <= 4 && (selected[i + 1] || (i + 2 < n && IsGlued(tokens, i + 1) && tokens[i + 2].IsCapitalised))
                : token.Text is "-" or "'" or "\u2019" or "." && !token.SpaceBefore && (selected[i + 1] || (token.Text == "." && tokens[i - 1].Text.Length <= 3));
            if (!joins && IsGlued(tokens, i) && tokens[i + 1].IsWord)
            {
                // "Ji-woo", "Jong-woon": the lower-case half of a hyphenated given name.
                joins = selected[i + 1] = true;
            }

            selected[i] = joins;
        }

        return any;
    }

    /// <summary>A hyphen with no space either side ("Ji-woo", "al-Munim").</summary>
    private static bool IsGlued(IReadOnlyList<TextToken> tokens, int i) =>
        tokens[i].Text == "-" && !tokens[i].SpaceBefore && i + 1 < tokens.Count && !tokens[i + 1].SpaceBefore;
}
