namespace Search.Core.Metadata;

/// <summary>
/// Restores capitals to text written entirely in lower case, so the capitalisation rules can read
/// it: sentence starts, lexicon entries as the lists write them ("amerika serikat" → "Amerika
/// Serikat", "kpk" → "KPK"), capitalised titles, and words the corpus mostly capitalises or
/// learned as parts of names. Offsets do not change.
/// </summary>
internal sealed class Truecaser(MetadataLexicon lexicon, PersonGazetteer gazetteer)
{
    /// <summary>Text with enough letters and not one capital.</summary>
    public static bool NeedsCasing(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 20;
    }

    public string Apply(string text)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var cased = text.ToCharArray();
        var p = 0;
        while (p < tokens.Count)
        {
            var token = tokens[p];
            if (!token.IsWord || !char.IsLetter(token.Text[0]))
            {
                p++;
                continue;
            }

            var entry = lexicon.PersonTitles.Longest(tokens, p, tokens.Count, anyCase: true)
                ?? NotOrdinary(lexicon.Organisations.Longest(tokens, p, tokens.Count, anyCase: true))
                ?? NotOrdinary(lexicon.Places.Longest(tokens, p, tokens.Count, anyCase: true))
                ?? NotOrdinary(lexicon.GivenNames.Longest(tokens, p, tokens.Count, anyCase: true));
            if (entry is not null)
            {
                for (var k = 0; k < entry.Length; k++)
                {
                    CopyCase(cased, tokens[p + k], entry[k]);
                }

                p += entry.Length;
                continue;
            }

            if (gazetteer.Words.CapitalsShare(token.Key) is >= 0.5 && gazetteer.Words.Occurrences(token.Key) >= 3)
            {
                for (var i = 0; i < token.Text.Length; i++)
                {
                    cased[token.Start + i] = char.ToUpperInvariant(cased[token.Start + i]);
                }
            }
            else if (token.SentenceStart || IsMostlyCapitalised(token.Key))
            {
                cased[token.Start] = char.ToUpperInvariant(cased[token.Start]);
            }

            p++;
        }

        return new string(cased);
    }

    /// <summary>A one-word entry the corpus mostly writes in lower case ("bagus", "batu") is left alone.</summary>
    private string[]? NotOrdinary(string[]? entry) =>
        entry is { Length: 1 } && gazetteer.Words.IsOrdinaryWord(entry[0].ToLowerInvariant()) ? null : entry;

    private bool IsMostlyCapitalised(string key) =>
        gazetteer.IsPersonWord(key)
        || (gazetteer.Words.CapitalisedShare(key) is >= 0.5 && gazetteer.Words.Occurrences(key) >= 2
            && !lexicon.NotNames.Matches(new TextToken(key, 0, true, false, false)));

    private static void CopyCase(char[] cased, TextToken token, string written)
    {
        if (written.Length != token.Text.Length)
        {
            return;
        }

        for (var i = 0; i < written.Length; i++)
        {
            if (char.IsUpper(written[i]))
            {
                cased[token.Start + i] = char.ToUpperInvariant(cased[token.Start + i]);
            }
        }
    }
}
