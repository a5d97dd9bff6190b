namespace Search.Core.Metadata.Tagging;

/// <summary>
/// Where a tagged person's name starts and ends, as the labelled sets and the facet count it: a
/// title, office or form of address before it ("Prof", "Bapak", "H.", "Menteri") and a rank's
/// roman numeral ("Opsir Udara II H. Sujono") are not part of it, nor is a degree after it
/// ("Abdullah Sitopan BA"). Titles that belong to the name ("Sultan", "Pangeran", "Paus") stay,
/// and so does a given name that is also a title, and a listed short form ("Gus Dur"). A nickname in
/// quotes inside a name joins its parts into one ("Richard William \" Rick \" Wright"), and a
/// generation after a comma belongs to it ("Ross Bagdasarian, Jr.").
/// </summary>
internal static class SpanBoundaries
{
    /// <summary>
    /// Joins two person spans with a nickname in quotes (optionally in brackets) between them into
    /// one, and extends a span over ", Jr" or ", Sr" (with its full stop when a word follows).
    /// </summary>
    /// <param name="cased">Text written with capitals: only there is a lower-case word after a hyphen a given name's half ("Ji-woo"); in truecased text it is another name ("jokowi-jk").</param>
    public static List<(int Start, int End, string Type)> Join(IReadOnlyList<TextToken> tokens, List<(int Start, int End, string Type)> spans, bool cased)
    {
        var result = new List<(int Start, int End, string Type)>(spans.Count);
        for (var a = 0; a < spans.Count; a++)
        {
            var (start, end, type) = spans[a];
            if (type == "PERSON")
            {
                var after = AfterNickname(tokens, end);
                if (after > 0)
                {
                    // The surname after the nickname, tagged or not ("Richard William \" Rick \" Wright").
                    var b = spans.FindIndex(a + 1, s => s.Start == after && s.Type == "PERSON");
                    end = Math.Max(b >= 0 ? spans[b].End : after, CapitalisedRun(tokens, after));
                    while (a + 1 < spans.Count && spans[a + 1].Start < end)
                    {
                        a++;
                    }
                }

                end = AfterGeneration(tokens, cased ? AfterHyphenated(tokens, end) : end);
                if (PairHyphen(tokens, start, end) is var hyphen and > 0)
                {
                    result.Add((start, hyphen, type));
                    start = hyphen + 1;
                }
            }

            result.Add((start, end, type));
        }

        return result;
    }

    /// <summary>The token after <c>" Rick "</c> or <c>( " Sam " )</c> at <paramref name="i"/>: one to three capitalised words in quotes; -1 when there is none.</summary>
    private static int AfterNickname(IReadOnlyList<TextToken> tokens, int i)
    {
        var bracket = i < tokens.Count && tokens[i].Text == "(";
        i += bracket ? 1 : 0;
        if (i >= tokens.Count || !IsQuote(tokens[i].Text))
        {
            return -1;
        }

        var close = i + 1;
        while (close < tokens.Count && close - i <= 3 && tokens[close].IsCapitalised)
        {
            close++;
        }

        if (close == i + 1 || close >= tokens.Count || !IsQuote(tokens[close].Text))
        {
            return -1;
        }

        close++;
        if (bracket)
        {
            if (close >= tokens.Count || tokens[close].Text != ")")
            {
                return -1;
            }

            close++;
        }

        return close;
    }

    /// <summary>The end of the capitalised words from <paramref name="i"/>, with lower-case particles between them ("Guardiola i Sala").</summary>
    private static int CapitalisedRun(IReadOnlyList<TextToken> tokens, int i)
    {
        var end = i;
        while (end < tokens.Count && (tokens[end].IsCapitalised
            || (end > i && tokens[end].IsLowerCase && tokens[end].Text.Length <= 4 && end + 1 < tokens.Count && tokens[end + 1].IsCapitalised)))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// The hyphen that joins two full names into one span, as a ticket or a pair is written ("Joko Widodo-Ma'ruf
    /// Amin"): two words or more on each side; -1 when there is none. A hyphenated given name or surname has one
    /// word on its side ("Jean-Pierre Papin", "Emile Smith-Rowe") and stays.
    /// </summary>
    private static int PairHyphen(IReadOnlyList<TextToken> tokens, int start, int end)
    {
        for (var h = start + 1; h < end - 1; h++)
        {
            if (tokens[h].Text == "-" && tokens[h - 1].IsWord && tokens[h + 1].IsWord
                && Words(tokens, start, h) >= 2 && Words(tokens, h + 1, end) >= 2)
            {
                return h;
            }
        }

        return -1;
    }

    private static int Words(IReadOnlyList<TextToken> tokens, int start, int end)
    {
        var words = 0;
        for (var i = start; i < end; i++)
        {
            words += tokens[i].IsWord && tokens[i].Text.Length > 1 ? 1 : 0;
        }

        return words;
    }

    /// <summary>Past a hyphen and the word glued to it after a name ("Kim Jong-woon").</summary>
    private static int AfterHyphenated(IReadOnlyList<TextToken> tokens, int end)
    {
        while (end + 1 < tokens.Count && end > 0 && tokens[end].Text == "-" && !tokens[end].SpaceBefore && !tokens[end + 1].SpaceBefore && tokens[end + 1].IsLowerCase && tokens[end - 1].IsWord)
        {
            end += 2;
        }

        return end;
    }

    private static bool IsQuote(string text) => text is "\"" or "\u201c" or "\u201d";

    private static int AfterGeneration(IReadOnlyList<TextToken> tokens, int end)
    {
        if (end + 1 >= tokens.Count || tokens[end].Text != "," || tokens[end + 1].Text is not ("Jr" or "Sr"))
        {
            return end;
        }

        end += 2;
        var stop = end < tokens.Count && tokens[end].Text == "." && end + 1 < tokens.Count && tokens[end + 1].IsWord;
        return stop ? end + 1 : end;
    }

    /// <summary>
    /// A ministry or office written as one word between a title and the name ("Menko Polhukam Wiranto", "Gubernur
    /// DKI Anies Baswedan", <c>Lexicon/Offices.txt</c>), with a capitalised word after it; the caller keeps at
    /// least one word.
    /// </summary>
    private static bool IsOffice(IReadOnlyList<TextToken> tokens, int start, MetadataLexicon lexicon) =>
        start + 1 < tokens.Count && tokens[start + 1].IsCapitalised && lexicon.Offices.MatchAt(tokens, start, start + 1) == 1;

    public static (int Start, int End) Trim(IReadOnlyList<TextToken> tokens, int start, int end, MetadataLexicon lexicon)
    {
        if (lexicon.PersonAliases.MatchAt(tokens, start, end, anyCase: true) == end - start)
        {
            // A short form the press uses with its title ("Gus Dur").
            return (start, end);
        }

        while (end - start > 1)
        {
            var token = tokens[start];
            var title = lexicon.NameHonorifics.MatchAt(tokens, start, end, anyCase: true) > 0 || lexicon.GivenNames.Matches(token)
                ? 0
                : lexicon.PersonTitles.MatchAt(tokens, start, end, anyCase: true);
            if (title == 0 && ((token.IsAllCaps && token.Text.All(c => c is 'I' or 'V' or 'X')) || IsOffice(tokens, start, lexicon)))
            {
                title = 1;
            }

            var next = start + title;
            next += next < end && tokens[next].Text == "." ? 1 : 0;
            if (title == 0 || next >= end || !tokens[next].IsWord)
            {
                break;
            }

            start = next;
        }

        while (end - start > 1 && lexicon.PostNominals.Matches(tokens[end - 1]) && tokens[end - 1].Text is not ("Jr" or "Sr") && tokens[end - 2].IsWord)
        {
            end--;
        }

        return (start, end);
    }
}
