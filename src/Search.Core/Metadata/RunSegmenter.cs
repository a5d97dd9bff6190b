namespace Search.Core.Metadata;

/// <summary>
/// Cuts one capitalised run into typed parts, longest lexicon match first: "Menteri Luar Negeri
/// Rusia Sergei Lavrov" is Title, Common, Common, Place, Name. An organisation or place cue takes
/// the words after it ("Partai Gerindra"), but leaves a trailing name to the person when a title
/// opened the run ("Ketua Umum Partai Gerindra Prabowo Subianto").
/// </summary>
internal sealed class RunSegmenter(MetadataLexicon lexicon, PersonGazetteer gazetteer)
{
    /// <param name="headline">In title case every word is capitalised: ordinary words then do not continue a name.</param>
    public List<Segment> Split(IReadOnlyList<TextToken> tokens, NameRun run, bool headline = false)
    {
        var segments = new List<Segment>();
        var expectPerson = false;
        var p = run.Start;
        var e = run.End;
        while (p < e)
        {
            var token = tokens[p];
            if (!token.IsCapitalised)
            {
                segments.Add(new Segment(SegmentKind.Separator, p, p + 1));
                p++;
                continue;
            }

            int n;
            if ((n = Math.Max(gazetteer.Aliases.MatchAt(tokens, p, e), KnownName(tokens, p, e))) > 0)
            {
                segments.Add(new Segment(SegmentKind.KnownPerson, p, p + n));
            }
            else if ((n = lexicon.Organisations.MatchAt(tokens, p, e)) > 0)
            {
                segments.Add(new Segment(SegmentKind.Organisation, p, p + n));
            }
            else if ((n = lexicon.Places.MatchAt(tokens, p, e)) > 0)
            {
                segments.Add(new Segment(SegmentKind.Place, p, p + n));
            }
            else if ((n = lexicon.NameHonorifics.MatchAt(tokens, p, e)) > 0 && p + n < e && (IsPlainName(tokens, p + n, e) || IsNameContinuation(tokens, p + n, e)))
            {
                n += NameExtent(tokens, p + n, e, headline);
                segments.Add(NameOrOrganisation(tokens, p, p + n, e, out n));
            }
            else if ((n = lexicon.PersonTitles.MatchAt(tokens, p, e, anyCase: !lexicon.GivenNames.Matches(token))) > 0)
            {
                n += p + n < e && tokens[p + n].Text == "." ? 1 : 0;
                segments.Add(new Segment(SegmentKind.Title, p, p + n));
                expectPerson = true;
            }
            else if ((n = lexicon.OrgCues.MatchAt(tokens, p, e)) > 0)
            {
                n = CueExtent(tokens, p, p + n, e, expectPerson);
                segments.Add(new Segment(SegmentKind.Organisation, p, p + n));
            }
            else if ((n = lexicon.PlaceCues.MatchAt(tokens, p, e)) > 0 && p + n < e && tokens[p + n].IsCapitalised)
            {
                n = CueExtent(tokens, p, p + n, e, expectPerson);
                segments.Add(new Segment(SegmentKind.Place, p, p + n));
            }
            else if (IsAcronym(token))
            {
                n = 1;
                segments.Add(new Segment(SegmentKind.Organisation, p, p + 1));
            }
            else if (!IsNameStart(tokens, p, e))
            {
                n = 1;
                segments.Add(new Segment(SegmentKind.Common, p, p + 1));
            }
            else
            {
                segments.Add(NameOrOrganisation(tokens, p, p + NameExtent(tokens, p, e, headline), e, out n));
            }

            p += n;
        }

        return segments;
    }

    /// <summary>A plain name word: capitalised and no lexicon claims it (given names excepted).</summary>
    public bool IsPlainName(IReadOnlyList<TextToken> tokens, int p, int e)
    {
        var token = tokens[p];
        if (!token.IsCapitalised || IsAcronym(token) || lexicon.NotNames.Matches(token))
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

    private bool IsOrdinary(TextToken token) =>
        lexicon.CommonWords.Matches(token) || gazetteer.Words.IsOrdinaryWord(token.Key);

    /// <summary>A name starts here: a plain name word, or an ordinary word written capitalised mid-sentence right before one.</summary>
    private bool IsNameStart(IReadOnlyList<TextToken> tokens, int p, int e)
    {
        if (IsPlainName(tokens, p, e))
        {
            return true;
        }

        var token = tokens[p];
        return !token.SentenceStart && IsOrdinary(token) && !lexicon.CommonWords.Matches(token)
            && !lexicon.NotNames.Matches(token) && p + 1 < e && IsPlainName(tokens, p + 1, e);
    }

    /// <summary>
    /// A name closed by an organisation word ("Sriwijaya FC", "Peace TV") is an organisation,
    /// with the words that follow it in the run; any other name stays a name.
    /// </summary>
    private Segment NameOrOrganisation(IReadOnlyList<TextToken> tokens, int p, int q, int e, out int length)
    {
        var closed = false;
        for (var i = p + 1; i < q; i++)
        {
            closed |= tokens[i].IsWord && lexicon.OrgSuffixes.Matches(tokens[i]);
        }

        while (q < e && tokens[q].IsCapitalised && (lexicon.OrgSuffixes.Matches(tokens[q]) || (closed && IsPlainName(tokens, q, e))))
        {
            closed = true;
            q++;
        }

        length = q - p;
        var kind = closed ? SegmentKind.Organisation : HasNameWord(tokens, p, q) ? SegmentKind.Name : SegmentKind.Common;
        return new Segment(kind, p, q);
    }

    /// <summary>At least one word that can carry a name: two letters or more, not a roman numeral, not an ordinary word.</summary>
    private bool HasNameWord(IReadOnlyList<TextToken> tokens, int p, int q)
    {
        for (var i = p; i < q; i++)
        {
            var token = tokens[i];
            if (token.IsWord && token.Text.Length > 1 && !IsRomanNumeral(token.Text) && !IsOrdinary(token)
                && !lexicon.NameHonorifics.Matches(token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRomanNumeral(string word) => word.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M');

    private int NameExtent(IReadOnlyList<TextToken> tokens, int p, int e, bool headline)
    {
        var q = p + 1;
        while (q < e)
        {
            var token = tokens[q];
            if (!token.IsWord)
            {
                // Joined hyphen/apostrophe pieces and initials' full stops belong to the name.
                q += token.Text == "." ? 1 : 2;
                continue;
            }

            if (token.IsLowerCase && !IsJoined(tokens, q))
            {
                if (lexicon.NameParticles.Matches(token) && q + 1 < e && IsPlainName(tokens, q + 1, e))
                {
                    q++;
                    continue;
                }

                break;
            }

            if (lexicon.PostNominals.Matches(token))
            {
                break;
            }

            if (IsJoined(tokens, q) || IsInitial(tokens, q) || IsPlainName(tokens, q, e) || IsNameSuffix(tokens, q)
                || (headline ? IsOrdinary(token) && !lexicon.NotNames.Matches(token) && q + 1 < e && IsPlainName(tokens, q + 1, e) : IsNameContinuation(tokens, q, e)))
            {
                q++;
                continue;
            }

            break;
        }

        return Math.Min(q, e) - p;
    }

    /// <summary>
    /// A capitalised word inside a sentence right after a name goes on with it even when it is an
    /// ordinary word ("Christine Hakim", "Oka Antara") or a cue with nothing after it ("Rizal
    /// Tanjung"); never a calendar or function word, a title, a known place or organisation.
    /// </summary>
    private bool IsNameContinuation(IReadOnlyList<TextToken> tokens, int q, int e)
    {
        var token = tokens[q];
        if (!token.IsCapitalised || token.SentenceStart || IsAcronym(token) || lexicon.NotNames.Matches(token)
            || lexicon.PersonTitles.MatchAt(tokens, q, e) > 0 || lexicon.Organisations.MatchAt(tokens, q, e) > 0
            || lexicon.Places.MatchAt(tokens, q, e) > 0 || lexicon.OrgSuffixes.Matches(token) || lexicon.PostNominals.Matches(token))
        {
            return false;
        }

        var cue = lexicon.OrgCues.MatchAt(tokens, q, e) > 0 || lexicon.PlaceCues.MatchAt(tokens, q, e) > 0;
        return !cue || q + 1 >= e || !tokens[q + 1].IsCapitalised;
    }

    /// <summary>How far an organisation or place cue reaches: at least one word, then on, but not into the name a title announced.</summary>
    private int CueExtent(IReadOnlyList<TextToken> tokens, int p, int q, int e, bool expectPerson)
    {
        var first = true;
        while (q < e)
        {
            if (!first && (KnownName(tokens, q, e) > 0 || (expectPerson && RestIsName(tokens, q, e))))
            {
                break;
            }

            if (expectPerson && lexicon.PersonTitles.MatchAt(tokens, q, e) > 0)
            {
                break;
            }

            first &= !tokens[q].IsWord || tokens[q].IsLowerCase;
            q++;
        }

        return q - p;
    }

    private bool RestIsName(IReadOnlyList<TextToken> tokens, int q, int e) =>
        IsPlainName(tokens, q, e) && q + NameExtent(tokens, q, e, headline: false) >= e;

    private int KnownName(IReadOnlyList<TextToken> tokens, int p, int e)
    {
        var n = gazetteer.KnownNames.MatchAt(tokens, p, e);
        return n >= 2 ? n : 0;
    }

    /// <summary>A short all-capital word after a name is part of it ("Mahfud MD", "Paulus II").</summary>
    private bool IsNameSuffix(IReadOnlyList<TextToken> tokens, int q) =>
        tokens[q].IsAllCaps && !lexicon.PostNominals.Matches(tokens[q]) && tokens[q].Text.Length <= 3 && tokens[q - 1].IsWord
        && lexicon.Organisations.MatchAt(tokens, q, q + 1) == 0 && lexicon.Places.MatchAt(tokens, q, q + 1) == 0;

    /// <summary>A single capital with its full stop inside a name ("Tonny H. Wangania").</summary>
    private static bool IsInitial(IReadOnlyList<TextToken> tokens, int q) =>
        tokens[q].Text.Length == 1 && char.IsUpper(tokens[q].Text[0]) && q + 1 < tokens.Count && tokens[q + 1].Text == ".";

    private static bool IsJoined(IReadOnlyList<TextToken> tokens, int q) =>
        q >= 2 && !tokens[q].SpaceBefore && tokens[q - 1].Text is "-" or "'" or "\u2019" or "." && !tokens[q - 1].SpaceBefore;

    /// <summary>Two to six capitals: "NATO", "KPK". Roman numerals are not acronyms.</summary>
    public static bool IsAcronym(TextToken token) =>
        token.IsAllCaps && token.Text.Length <= 6 && token.Text.Any(char.IsLetter)
        && token.Text.Any(c => c is not ('I' or 'V' or 'X' or 'L'));
}
