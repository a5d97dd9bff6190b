namespace Search.Core.Metadata;

/// <summary>
/// A quick look, from the word lists alone, for a person cue in or around a capitalised run:
/// a title inside it, a title, role noun or "kata" right before it, a reporting verb, an age in
/// brackets or an appositive title right after it. The learning pass keeps only such runs.
/// </summary>
internal static class PersonCues
{
    public static bool AnyAround(IReadOnlyList<TextToken> tokens, NameRun run, MetadataLexicon lexicon)
    {
        for (var p = run.Start; p < run.End; p++)
        {
            if (lexicon.PersonTitles.MatchAt(tokens, p, run.End) > 0)
            {
                return true;
            }
        }

        for (var k = 1; k <= 3 && run.Start - k >= 0; k++)
        {
            if (lexicon.PersonTitles.MatchAt(tokens, run.Start - k, run.Start) == k)
            {
                return true;
            }
        }

        if (run.Start > 0 && lexicon.ReportingVerbs.Matches(tokens[run.Start - 1]))
        {
            return true;
        }

        if (run.End >= tokens.Count)
        {
            return false;
        }

        var next = tokens[run.End];
        return lexicon.ReportingVerbs.Matches(next)
            || (next.Text is "(" or "," && run.End + 1 < tokens.Count
                && (lexicon.PersonTitles.MatchAt(tokens, run.End + 1, tokens.Count) > 0 || tokens[run.End + 1].Text.All(char.IsDigit)));
    }
}
