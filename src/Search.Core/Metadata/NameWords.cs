namespace Search.Core.Metadata;

/// <summary>
/// What one capitalised word can be inside a run, from the word lists and what the gazetteer
/// learned: a plain name word, an ordinary word, the continuation of a name, initials.
/// </summary>
internal sealed class NameWords(MetadataLexicon lexicon, PersonGazetteer gazetteer)
{
    /// <summary>A plain name word: capitalised, with Latin letters, and no list claims it (given names excepted).</summary>
    public bool IsPlainName(IReadOnlyList<TextToken> tokens, int p, int e)
    {
        var token = tokens[p];
        if (!token.IsCapitalised || !HasLatinLetter(token) || IsAcronym(token) || lexicon.NotNames.Matches(token))
        {
            return false;
        }

        if (lexicon.Organisations.MatchAt(tokens, p, e) > 0
            || lexicon.Places.MatchAt(tokens, p, e) > 0
            || lexicon.PersonTitles.MatchAt(tokens, p, e) > 0
            || lexicon.OrgCues.MatchAt(tokens, p, e) > 0
            || lexicon.PlaceCues.MatchAt(tokens, p, e) > 0)
        {
            return false;
        }

        return lexicon.GivenNames.Matches(token) || gazetteer.IsPersonWord(token.Key) || !IsOrdinary(token);
    }

    /// <summary>A word of ordinary Indonesian: in the list, or mostly written in lower case in the corpus.</summary>
    public bool IsOrdinary(TextToken token) =>
        lexicon.CommonWords.Matches(token) || gazetteer.Words.IsOrdinaryWord(token.Key);

    /// <summary>
    /// A name starts here: a plain name word; initials before one ("BJ Habibie"); or an ordinary
    /// word written capitalised mid-sentence right before one.
    /// </summary>
    public bool IsNameStart(IReadOnlyList<TextToken> tokens, int p, int e)
    {
        if (IsPlainName(tokens, p, e))
        {
            return true;
        }

        var token = tokens[p];
        if (p + 1 >= e || !IsPlainName(tokens, p + 1, e))
        {
            return false;
        }

        if (token.IsAllCaps && token.Text.Length <= 3 && !lexicon.NotNames.Matches(token)
            && lexicon.Organisations.MatchAt(tokens, p, e) == 0 && lexicon.Places.MatchAt(tokens, p, e) == 0)
        {
            return true;
        }

        return !token.SentenceStart && IsOrdinary(token) && !lexicon.CommonWords.Matches(token) && !lexicon.NotNames.Matches(token);
    }

    /// <summary>
    /// A capitalised word inside a sentence right after a name goes on with it even when it is an
    /// ordinary word ("Christine Hakim", "Oka Antara") or a cue with nothing after it ("Rizal
    /// Tanjung"); never a calendar or function word, a title, a known place or organisation.
    /// </summary>
    public bool IsNameContinuation(IReadOnlyList<TextToken> tokens, int q, int e)
    {
        var token = tokens[q];
        if (!token.IsCapitalised || token.SentenceStart || !HasLatinLetter(token) || IsAcronym(token) || lexicon.NotNames.Matches(token)
            || lexicon.PersonTitles.MatchAt(tokens, q, e) > 0 || lexicon.Organisations.MatchAt(tokens, q, e) > 0
            || lexicon.Places.MatchAt(tokens, q, e) > 0 || lexicon.OrgSuffixes.Matches(token) || lexicon.PostNominals.Matches(token))
        {
            return false;
        }

        var cue = lexicon.OrgCues.MatchAt(tokens, q, e) > 0 || lexicon.PlaceCues.MatchAt(tokens, q, e) > 0;
        return !cue || q + 1 >= e || !tokens[q + 1].IsCapitalised;
    }

    /// <summary>A short all-capital word after a name is part of it ("Mahfud MD", "Paulus II"), a degree is not.</summary>
    public bool IsNameSuffix(IReadOnlyList<TextToken> tokens, int q) =>
        tokens[q].IsAllCaps && !lexicon.PostNominals.Matches(tokens[q]) && tokens[q].Text.Length <= 3 && tokens[q - 1].IsWord
        && lexicon.Organisations.MatchAt(tokens, q, q + 1) == 0 && lexicon.Places.MatchAt(tokens, q, q + 1) == 0;

    /// <summary>At least one word that can carry a name: two letters or more, not a roman numeral, not an ordinary word.</summary>
    public bool HasNameWord(IReadOnlyList<TextToken> tokens, int p, int q)
    {
        for (var i = p; i < q; i++)
        {
            var token = tokens[i];
            if (token.IsWord && token.Text.Length > 1 && HasLatinLetter(token) && !IsRomanNumeral(token.Text) && !IsOrdinary(token)
                && !lexicon.NameHonorifics.Matches(token) && !IsAcronym(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A single capital with its full stop inside a name ("Tonny H. Wangania").</summary>
    public static bool IsInitial(IReadOnlyList<TextToken> tokens, int q) =>
        tokens[q].Text.Length == 1 && char.IsUpper(tokens[q].Text[0]) && q + 1 < tokens.Count && tokens[q + 1].Text == ".";

    /// <summary>Glued to the previous word by a hyphen, apostrophe or full stop ("Si-won", "Rifa'i").</summary>
    public static bool IsJoined(IReadOnlyList<TextToken> tokens, int q) =>
        q >= 2 && !tokens[q].SpaceBefore && tokens[q - 1].Text is "-" or "'" or "\u2019" or "." && !tokens[q - 1].SpaceBefore;

    /// <summary>Two to six capitals: "NATO", "KPK". Roman numerals are not acronyms.</summary>
    public static bool IsAcronym(TextToken token) =>
        token.IsAllCaps && token.Text.Length <= 6 && token.Text.Any(char.IsLetter)
        && token.Text.Any(c => c is not ('I' or 'V' or 'X' or 'L'));

    private static bool IsRomanNumeral(string word) => word.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M');

    /// <summary>Mojibake such as "Äù" is no name.</summary>
    private static bool HasLatinLetter(TextToken token) => token.Text.Any(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'));
}
