namespace Search.Core.Metadata;

/// <summary>
/// Whether a name the gazetteer would learn from cued mentions can be a person's: a cue before an
/// organisation or a phrase ("Direktur Eksekutif Wahana Lingkungan Hidup", "Kasatlantas Polres")
/// looks like one before a name. A word the archive nearly always writes in lower case inside
/// sentences ("lingkungan", "aparatur", "tentang") or an organisation, place or office word ("Polres",
/// "Satpol") makes it a phrase (an initial such as "H." is no title there), unless the word is a listed given name or a title that belongs to a name ("Ratu").
/// </summary>
internal static class LearnedNameCheck
{
    /// <summary>A word is common when the archive wrote it in lower case at least this often inside sentences ...</summary>
    private const int CommonWordMinLower = 10;

    /// <summary>... and this many times as often as with a capital.</summary>
    private const int CommonWordShare = 4;

    /// <summary>Whether the tokens <c>[start, end)</c> can name a person.</summary>
    public static bool CanBePerson(IReadOnlyList<TextToken> tokens, int start, int end, MetadataLexicon lexicon, WordCaseStatistics statistics)
    {
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (!token.IsCapitalised || lexicon.GivenNames.Matches(token) || lexicon.NameHonorifics.MatchAt(tokens, i, i + 1) > 0)
            {
                continue;
            }

            // A surname may be a common word ("Siti Nurbaya Bakar"): after a listed given name the last word is not judged so.
            var common = token.Text.Length >= 3 && (i < end - 1 || !lexicon.GivenNames.Matches(tokens[start]))
                && statistics.IsOrdinaryWord(token.Key, CommonWordMinLower, CommonWordShare);
            if (common || lexicon.OrgCues.MatchAt(tokens, i, i + 1) > 0 || lexicon.PlaceCues.MatchAt(tokens, i, i + 1) > 0
                || (token.Text.Length > 1 && lexicon.PersonTitles.MatchAt(tokens, i, i + 1) > 0))
            {
                return false;
            }
        }

        return true;
    }
}
