namespace Search.Core.Metadata;

/// <summary>
/// Cuts one capitalised run into typed parts, longest list match first: "Menteri Luar Negeri
/// Rusia Sergei Lavrov" is Title, Common, Common, Place, Name. An organisation or place cue takes
/// the words after it ("Partai Gerindra"), but leaves a trailing name to the person when a title
/// opened the run ("Ketua Umum Partai Gerindra Prabowo Subianto").
/// </summary>
internal sealed class RunSegmenter(MetadataLexicon lexicon, PersonGazetteer gazetteer)
{
    private readonly NameWords words = new(lexicon, gazetteer);

    /// <param name="headline">In title case every word is capitalised: ordinary words then do not continue a name.</param>
    public List<Segment> Split(IReadOnlyList<TextToken> tokens, NameRun run, bool headline = false)
    {
        // A run has at most one part per token: one allocation, never grown.
        var segments = new List<Segment>(run.End - run.Start);
        var expectPerson = false;
        var p = run.Start;
        var e = run.End;
        while (p < e)
        {
            var segment = Next(tokens, p, e, headline, expectPerson);
            if (segment.Kind == SegmentKind.Name && segments.Count > 0 && IsTerritory(tokens, segments[^1], segment, e))
            {
                segment = segment with { Kind = SegmentKind.Place };
            }

            expectPerson |= segment.Kind == SegmentKind.Title;
            segments.Add(segment);
            p = segment.End;
        }

        return segments;
    }

    /// <summary>
    /// One unknown word that ends the run right after an office named for its territory is the
    /// territory: "Bupati Ngada, Marianus Sae" — but "Gubernur Anies" keeps a known given name.
    /// </summary>
    private bool IsTerritory(IReadOnlyList<TextToken> tokens, Segment title, Segment name, int e) =>
        title.Kind == SegmentKind.Title && name.End == e && name.End - name.Start == 1
        && lexicon.JurisdictionTitles.MatchAt(tokens, title.Start, title.End, anyCase: true) == title.End - title.Start
        && !lexicon.GivenNames.Matches(tokens[name.Start]) && !gazetteer.IsPersonWord(tokens[name.Start].Key);

    private Segment Next(IReadOnlyList<TextToken> tokens, int p, int e, bool headline, bool expectPerson)
    {
        var token = tokens[p];
        if (!token.IsCapitalised)
        {
            return new Segment(SegmentKind.Separator, p, p + 1);
        }

        int n;
        if ((n = Math.Max(Alias(tokens, p, e), KnownName(tokens, p, e))) > 0)
        {
            return new Segment(SegmentKind.KnownPerson, p, p + n);
        }

        if ((n = lexicon.Organisations.MatchAt(tokens, p, e)) > 0)
        {
            return new Segment(SegmentKind.Organisation, p, p + n);
        }

        if ((n = lexicon.Places.MatchAt(tokens, p, e)) > 0)
        {
            return new Segment(SegmentKind.Place, p, p + n);
        }

        if ((n = lexicon.NameHonorifics.MatchAt(tokens, p, e)) > 0 && p + n < e
            && (words.IsPlainName(tokens, p + n, e) || words.IsNameContinuation(tokens, p + n, e)))
        {
            return NameOrOrganisation(tokens, p, p + n + NameExtent(tokens, p + n, e, headline), e);
        }

        if ((n = lexicon.PersonTitles.MatchAt(tokens, p, e, anyCase: !lexicon.GivenNames.Matches(token))) > 0)
        {
            n += p + n < e && tokens[p + n].Text == "." ? 1 : 0;
            return new Segment(SegmentKind.Title, p, p + n);
        }

        var role = lexicon.GivenNames.Matches(token) ? 0 : lexicon.RoleNouns.MatchAt(tokens, p, e, anyCase: true);
        if ((n = Math.Max(lexicon.NotNames.MatchAt(tokens, p, e), role)) > 0)
        {
            return new Segment(SegmentKind.Common, p, p + n);
        }

        var cued = (n = lexicon.OrgCues.MatchAt(tokens, p, e)) > 0;
        if (cued || (n = lexicon.PlaceCues.MatchAt(tokens, p, e)) > 0)
        {
            n += p + n < e && tokens[p + n].Text == "." ? 1 : 0;
            var kind = cued ? SegmentKind.Organisation : SegmentKind.Place;
            return p + n < e && tokens[p + n].IsCapitalised
                ? new Segment(kind, p, CueExtent(tokens, p + n, e, expectPerson))
                : new Segment(SegmentKind.Common, p, p + n);
        }

        if (words.IsNameStart(tokens, p, e))
        {
            return NameOrOrganisation(tokens, p, p + NameExtent(tokens, p, e, headline), e);
        }

        return new Segment(NameWords.IsAcronym(token) ? SegmentKind.Organisation : SegmentKind.Common, p, p + 1);
    }

    /// <summary>
    /// A name closed by an organisation word ("Sriwijaya FC", "Peace TV") is an organisation,
    /// with the words that follow it in the run; a "name" of numerals and ordinary words is none.
    /// </summary>
    private Segment NameOrOrganisation(IReadOnlyList<TextToken> tokens, int p, int q, int e)
    {
        var closed = false;
        for (var i = p + 1; i < q; i++)
        {
            closed |= tokens[i].IsWord && lexicon.OrgSuffixes.Matches(tokens[i]);
        }

        while (q < e && tokens[q].IsCapitalised && (lexicon.OrgSuffixes.Matches(tokens[q]) || (closed && words.IsPlainName(tokens, q, e))))
        {
            closed = true;
            q++;
        }

        var kind = closed ? SegmentKind.Organisation : words.HasNameWord(tokens, p, q) ? SegmentKind.Name : SegmentKind.Common;
        return new Segment(kind, p, q);
    }

    /// <summary>How many tokens from <paramref name="p"/> one name covers.</summary>
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

            if (token.IsLowerCase && !NameWords.IsJoined(tokens, q))
            {
                if (lexicon.NameParticles.Matches(token) && q + 1 < e && words.IsPlainName(tokens, q + 1, e))
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

            var continues = NameWords.IsJoined(tokens, q) || NameWords.IsInitial(tokens, q) || words.IsPlainName(tokens, q, e) || words.IsNameSuffix(tokens, q)
                || (!headline && IsPlaceInsideName(tokens, q, e))
                || (headline
                    ? words.IsOrdinary(token) && !lexicon.NotNames.Matches(token) && q + 1 < e && words.IsPlainName(tokens, q + 1, e)
                    : words.IsNameContinuation(tokens, q, e));
            if (!continues)
            {
                break;
            }

            q++;
        }

        return Math.Min(q, e) - p;
    }

    /// <summary>A one-word place between two name words belongs to the name ("Hotman Paris Hutapea").</summary>
    private bool IsPlaceInsideName(IReadOnlyList<TextToken> tokens, int q, int e) =>
        lexicon.Places.MatchAt(tokens, q, e) == 1 && q + 1 < e && tokens[q + 1].IsCapitalised && words.IsPlainName(tokens, q + 1, e);

    /// <summary>Where an organisation or place cue's name ends: at least one word on, but not into the name a title announced.</summary>
    private int CueExtent(IReadOnlyList<TextToken> tokens, int q, int e, bool expectPerson)
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

        return q;
    }

    private bool RestIsName(IReadOnlyList<TextToken> tokens, int q, int e) =>
        words.IsPlainName(tokens, q, e) && q + NameExtent(tokens, q, e, headline: false) >= e;

    /// <summary>
    /// A configured alias written here; not a one-word alias that is also a given name and begins another name ("Sandi"
    /// of "Sandi Sampurno": a plain name word follows it in the run). "Jokowi Widodo" is still Jokowi.
    /// </summary>
    private int Alias(IReadOnlyList<TextToken> tokens, int p, int e)
    {
        var n = gazetteer.Aliases.MatchAt(tokens, p, e);
        return n == 1 && p + 1 < e && lexicon.GivenNames.Matches(tokens[p]) && words.IsPlainName(tokens, p + 1, e) ? 0 : n;
    }

    private int KnownName(IReadOnlyList<TextToken> tokens, int p, int e)
    {
        var n = gazetteer.KnownNames.MatchAt(tokens, p, e);
        return n >= 2 ? n : 0;
    }
}
