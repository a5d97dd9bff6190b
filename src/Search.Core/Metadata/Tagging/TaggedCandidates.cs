namespace Search.Core.Metadata.Tagging;

/// <summary>
/// Puts a line's tagged person spans together with what the rules found there, each trimmed of
/// titles before it and degrees after it (<see cref="SpanBoundaries"/>). The tagger decides
/// who is a person, with exceptions the word lists know better: a span that is exactly a listed
/// organisation ("Satpol PP") is that organisation, a name inside one the rules opened with a cue
/// ("RSPAD Gatot Soebroto", "Jalan Sudirman") stays what the rules say, and a "name" with no word of
/// three letters ("Äù", mis-decoded quotes) is none. Rule
/// organisations and places the tagger does not contradict stay, and so do names the gazetteer or
/// the alias table knows unless a word of them is a phrase's or an office's (<see cref="LearnedNameCheck"/>:
/// "Wahana Lingkungan Hidup" was learned behind "Direktur Eksekutif"); other rule guesses at persons go.
/// </summary>
internal static class TaggedCandidates
{
    /// <summary>The score the rules give a name the gazetteer or the alias table knows.</summary>
    public const int KnownPersonScore = 10;

    public static List<Candidate> Merge(IReadOnlyList<TextToken> tokens, List<(int Start, int End, string Type)> spans, List<Candidate> rules, MetadataLexicon lexicon, PersonGazetteer gazetteer, bool cased)
    {
        var result = new List<Candidate>(rules.Count + spans.Count);
        foreach (var (tagStart, tagEnd, type) in SpanBoundaries.Join(tokens, spans, cased))
        {
            var (start, end) = SpanBoundaries.Trim(tokens, tagStart, tagEnd, lexicon);
            if (type != "PERSON" || !HasLongWord(tokens, start, end) || InsideCuedName(rules, start, end) || IsDedication(tokens, start, end, lexicon, gazetteer))
            {
                continue;
            }

            // A span that is exactly a listed organisation ("Satpol PP") is that organisation, whatever the tagger thought.
            var listed = lexicon.Organisations.MatchAt(tokens, start, end, anyCase: true) == end - start;
            result.Add(new Candidate(listed ? EntityKind.Organisation : EntityKind.Person, start, end, KnownPersonScore));
        }

        var tagged = result.Count;
        foreach (var rule in rules)
        {
            if (Overlaps(result, tagged, rule)
                || (rule.Kind == EntityKind.Person && (rule.Score < KnownPersonScore || IsDedication(tokens, rule.Start, rule.End, lexicon, gazetteer)
                    || !LearnedNameCheck.CanBePerson(tokens, rule.Start, rule.End, lexicon, gazetteer.Words))))
            {
                continue;
            }

            result.Add(rule);
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>
    /// A name right after a capitalised place or organisation word ("Jalan Gatot Subroto", "RSPAD
    /// Gatot Soebroto", "Stadion Gelora Bung Karno"), or one the archive mostly writes after such
    /// words ("Aula Gatot Subroto"), names the street, the hall or the hospital, unless a title
    /// comes first ("Jenderal Gatot Subroto") with no such word before it ("Jalan Jenderal Gatot Subroto").
    /// </summary>
    private static bool IsDedication(IReadOnlyList<TextToken> tokens, int start, int end, MetadataLexicon lexicon, PersonGazetteer gazetteer)
    {
        if (start == 0 || !tokens[start - 1].IsCapitalised)
        {
            return false;
        }

        var before = start - 1;
        for (var k = 1; k <= 4 && start - k >= 0; k++)
        {
            var title = tokens[start - 1].Text == "." && start - k - 1 >= 0 ? k + 1 : k;
            if (lexicon.PersonTitles.MatchAt(tokens, start - title, start, anyCase: true) >= k)
            {
                // "Jalan Jenderal Gatot Subroto": the title is part of the street's name.
                before = start - title - 1;
                before -= before >= 0 && tokens[before].Text == "." ? 1 : 0;
                if (before < 0 || !tokens[before].IsCapitalised)
                {
                    return false;
                }

                break;
            }
        }

        var previous = tokens[before];
        return lexicon.PlaceCues.Matches(previous) || lexicon.OrgCues.Matches(previous)
            || gazetteer.IsDedicationName(NameEvidence.Surface(tokens, start, end));
    }

    private static bool HasLongWord(IReadOnlyList<TextToken> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].IsWord && tokens[i].Text.Length >= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A rule organisation or place covers the span: a listed name ("NATO") or one opened by a cue.</summary>
    private static bool InsideCuedName(List<Candidate> rules, int start, int end)
    {
        foreach (var rule in rules)
        {
            if (rule.Kind != EntityKind.Person && rule.Start <= start && rule.End >= end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(List<Candidate> tagged, int count, Candidate rule)
    {
        for (var i = 0; i < count; i++)
        {
            if (tagged[i].Start < rule.End && rule.Start < tagged[i].End)
            {
                return true;
            }
        }

        return false;
    }
}
