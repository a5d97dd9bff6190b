namespace Search.Core.Metadata;

/// <summary>
/// Weighs the evidence that a Name part of a run is a person. Strong cues settle it alone: a
/// title before it, "kata X", a role noun like "penyanyi X", an age or "lahir" in brackets after
/// it, "X adalah seorang ...", a title of nobility in it, a name the gazetteer learned. Weak cues
/// must add up: a role noun that also precedes teams and places ("pemain", "warga"), "oleh X",
/// a reporting verb after it, a common given name, a word learned as part of names, two or more
/// words. A lone word at the start of a sentence, or after "di"/"ke"/"dari", counts against it.
/// </summary>
internal sealed class NameEvidence(MetadataLexicon lexicon, PersonGazetteer gazetteer)
{
    public const int PersonThreshold = 2;

    public const int Strong = 3;

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "di", "ke", "dari" };

    /// <summary>Words after which a name is often, not always, a person's.</summary>
    private static readonly HashSet<string> AgentMarkers = new(StringComparer.Ordinal)
    {
        "oleh", "bersama", "menurut", "dibintangi", "diperankan", "dinyanyikan", "diciptakan", "ditulis",
        "disutradarai", "dipimpin", "digantikan", "menggantikan", "melawan", "mengalahkan",
    };

    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "adalah", "merupakan", "ialah", "yakni" };

    public int Score(IReadOnlyList<TextToken> tokens, NameRun run, Segment name, bool titled)
    {
        var score = titled ? Strong : 0;
        if (name.Start == run.Start)
        {
            score += Before(tokens, run.Start);
        }

        if (name.End == run.End)
        {
            score += After(tokens, run.End);
        }

        var fromWords = FromWords(tokens, name);
        return score < Strong && gazetteer.IsDedicationName(Surface(tokens, name)) ? Math.Min(score + fromWords, 1) : score + fromWords;
    }

    private int Before(IReadOnlyList<TextToken> tokens, int start)
    {
        for (var k = 1; k <= 3 && start - k >= 0; k++)
        {
            if (lexicon.PersonTitles.MatchAt(tokens, start - k, start) == k)
            {
                return Strong;
            }

            if (lexicon.RoleNouns.MatchAt(tokens, start - k, start) == k)
            {
                return 1;
            }
        }

        if (start == 0)
        {
            return 0;
        }

        for (var k = 1; k <= 2 && start - k >= 0; k++)
        {
            if (tokens[start - k].IsLowerCase && lexicon.PlaceContext.MatchAt(tokens, start - k, start) == k)
            {
                return -Strong;
            }
        }

        var previous = tokens[start - 1];
        if (IsQuoteVerb(previous))
        {
            return Strong;
        }

        var key = previous.Key;
        return !previous.IsWord ? 0 : PlacePrepositions.Contains(key) ? -2 : AgentMarkers.Contains(key) ? 1 : 0;
    }

    private int After(IReadOnlyList<TextToken> tokens, int end)
    {
        if (end >= tokens.Count)
        {
            return 0;
        }

        var next = tokens[end];
        if (next.IsWord && lexicon.ReportingVerbs.Matches(next) && !IsQuoteVerb(next))
        {
            return 2;
        }

        if (next.Text == "," && end + 1 < tokens.Count && lexicon.PersonTitles.MatchAt(tokens, end + 1, tokens.Count) > 0)
        {
            return 2;
        }

        var after = end;
        if (next.Text == "(")
        {
            var close = end + 1;
            while (close < tokens.Count && close - end <= 8 && tokens[close].Text != ")")
            {
                close++;
            }

            if (close >= tokens.Count || tokens[close].Text != ")")
            {
                return 0;
            }

            var inside = tokens.Skip(end + 1).Take(close - end - 1).ToList();
            var isAge = inside.Count == 1 && inside[0].IsWord && inside[0].Text.All(char.IsDigit) && inside[0].Text.Length <= 2;
            if (isAge || inside.Any(t => t.Key is "lahir" or "l"))
            {
                return Strong;
            }

            after = close + 1;
        }

        var describes = after + 1 < tokens.Count && Copulas.Contains(tokens[after].Key)
            && tokens[after + 1].Key is "seorang" or "salah";
        return describes ? Strong : 0;
    }

    private int FromWords(IReadOnlyList<TextToken> tokens, Segment name)
    {
        var words = 0;
        var given = false;
        var learned = false;
        for (var i = name.Start; i < name.End; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || token.Text.Length == 1)
            {
                continue;
            }

            words++;
            given |= lexicon.GivenNames.Matches(token);
            learned |= gazetteer.IsPersonWord(token.Key);
        }

        var score = gazetteer.Knows(Surface(tokens, name)) ? Strong : 0;
        score += lexicon.NameHonorifics.MatchAt(tokens, name.Start, name.End) > 0 ? Strong : 0;
        score += (given ? 1 : 0) + (learned ? 1 : 0) + (words >= 2 ? 1 : 0);
        var odds = gazetteer.Spelling.LogOdds(SpellingWords(tokens, name));
        score += odds >= SpellingStrong ? 2 : odds >= SpellingWeak ? 1 : odds <= -SpellingWeak ? -1 : 0;
        if (words == 1 && tokens[name.Start].SentenceStart)
        {
            score--;
        }

        return score;
    }

    /// <summary>Log-odds from the spelling model that count as strong (+2) and as weak (+1, or -1 below its negative).</summary>
    private const double SpellingStrong = 30;

    private const double SpellingWeak = 15;

    private static IEnumerable<string> SpellingWords(IReadOnlyList<TextToken> tokens, Segment name)
    {
        for (var i = name.Start; i < name.End; i++)
        {
            if (tokens[i].IsCapitalised)
            {
                yield return tokens[i].Text;
            }
        }
    }

    /// <summary>"kata", "ujar", "tutur": verbs written before the speaker they introduce.</summary>
    private bool IsQuoteVerb(TextToken token) =>
        token.IsWord && token.IsLowerCase && lexicon.ReportingVerbs.Matches(token)
        && !token.Text.StartsWith("me", StringComparison.Ordinal) && !token.Text.StartsWith("be", StringComparison.Ordinal)
        && !token.Text.EndsWith("nya", StringComparison.Ordinal);

    public static string Surface(IReadOnlyList<TextToken> tokens, Segment segment) => Surface(tokens, segment.Start, segment.End);

    public static string Surface(IReadOnlyList<TextToken> tokens, int start, int end)
    {
        var text = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (i > start && tokens[i].SpaceBefore)
            {
                text.Append(' ');
            }

            text.Append(tokens[i].Text);
        }

        return text.ToString();
    }
}
