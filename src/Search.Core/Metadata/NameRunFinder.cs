namespace Search.Core.Metadata;

/// <summary>
/// Finds the stretches of capitalised words in a token list. A stretch goes on over name
/// particles ("bin", "van"), initials with their full stop ("M. Nuh"), joined hyphens and
/// apostrophes ("Si-won"), lower-case connectors inside long names ("Organisasi untuk Keamanan")
/// and numbers right after a school or team cue ("SMA Negeri 1 Tasikmalaya"). It stops at other
/// punctuation and where a new sentence starts.
/// </summary>
internal static class NameRunFinder
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "untuk", "dan", "di", "dari", "pada", "bagi", "of", "and", "the", "for", "&",
    };

    public static List<NameRun> Find(IReadOnlyList<TextToken> tokens, MetadataLexicon lexicon)
    {
        var runs = new List<NameRun>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalised)
            {
                i++;
                continue;
            }

            var start = i;
            var end = i + 1;
            while (end < tokens.Count)
            {
                var extra = Continuation(tokens, end, lexicon);
                if (extra == 0)
                {
                    break;
                }

                end += extra;
            }

            runs.Add(new NameRun(start, end));
            i = end;
        }

        return runs;
    }

    /// <summary>How many tokens starting at <paramref name="j"/> continue the run (0 = it ends).</summary>
    private static int Continuation(IReadOnlyList<TextToken> tokens, int j, MetadataLexicon lexicon)
    {
        var token = tokens[j];
        if (token.SentenceStart && token.IsWord)
        {
            return 0;
        }

        var next = j + 1 < tokens.Count ? tokens[j + 1] : default;
        var nextIsCapitalised = j + 1 < tokens.Count && next.IsCapitalised && !next.SentenceStart;
        if (token.IsCapitalised)
        {
            return 1;
        }

        if (token.IsWord && token.IsLowerCase)
        {
            if (nextIsCapitalised && (lexicon.NameParticles.Matches(token) || Connectors.Contains(token.Text)))
            {
                return 1;
            }

            return IsHyphenPart(tokens, j) ? 1 : 0;
        }

        if (token.IsWord && char.IsDigit(token.Text[0]))
        {
            return lexicon.OrgCues.Matches(tokens[j - 1]) && nextIsCapitalised ? 1 : 0;
        }

        if (token.SpaceBefore || j + 1 >= tokens.Count)
        {
            return 0;
        }

        return token.Text switch
        {
            "." when IsInitial(tokens[j - 1]) && nextIsCapitalised => 1,
            "-" or "'" or "\u2019" when !next.SpaceBefore && next.IsWord => 2,
            _ => 0,
        };
    }

    private static bool IsHyphenPart(IReadOnlyList<TextToken> tokens, int j) =>
        j >= 2 && !tokens[j].SpaceBefore && tokens[j - 1].Text is "-" or "'" or "\u2019" && !tokens[j - 1].SpaceBefore;

    /// <summary>A single capital ("M") or a title abbreviation ("Dr", "Prof", "Hj").</summary>
    private static bool IsInitial(TextToken token) =>
        token.IsWord && ((token.Text.Length == 1 && char.IsUpper(token.Text[0]))
            || token.Text is "Dr" or "dr" or "Prof" or "Ir" or "Drs" or "Dra" or "H" or "Hj" or "KH" or "St" or "Jr" or "Sr" or "Mr" or "Mrs" or "Ms" or "Pol" or "Jl" or "Kab");
}
