namespace Search.Core.Metadata.Tagging;

/// <summary>
/// Which name stretches the tagger need not decode: a stretch that is one capitalised word opening a
/// sentence ("Walaupun", "Sementara", "Menurut") where the archive writes that word in lower case
/// inside sentences at least <see cref="MinLower"/> times and at least <see cref="Share"/> times as
/// often as capitalised or in capitals (95 % lower case), and no list knows it as the start of a name
/// (given names, honorifics, the gazetteer's known names, aliases, name words and dedications).
/// Such a word alone is a name too rarely to pay for its features: most stretches of a cased line are these.
/// </summary>
internal sealed class OrdinaryOpeners
{
    /// <summary>Lower-case occurrences a word needs at least before its capital at a sentence's start is taken for the sentence's.</summary>
    public const int MinLower = 20;

    /// <summary>How many times as often as otherwise the word is written in lower case at least.</summary>
    public const int Share = 19;

    private readonly WordCaseStatistics words;

    /// <summary>The words a name can start with, by the lexicons and the gazetteer (folded keys).</summary>
    private readonly HashSet<string> nameStarts;

    public OrdinaryOpeners(MetadataLexicon lexicon, PersonGazetteer gazetteer)
    {
        words = gazetteer.Words;
        nameStarts = lexicon.GivenNames.FirstWords
            .Concat(lexicon.NameHonorifics.FirstWords)
            .Concat(gazetteer.KnownNames.FirstWords)
            .Concat(gazetteer.Aliases.FirstWords)
            .Concat(gazetteer.PersonWords)
            .Concat(gazetteer.Dedications.Select(d => d.Split(' ')[0]))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Unselects in <paramref name="selected"/> every stretch that is an ordinary opener; whether any token is left selected.</summary>
    public bool Unselect(IReadOnlyList<TextToken> tokens, Span<bool> selected)
    {
        var any = false;
        var n = tokens.Count;
        for (var i = 0; i < n; i++)
        {
            if (!selected[i])
            {
                continue;
            }

            var alone = (i == 0 || !selected[i - 1]) && (i + 1 == n || !selected[i + 1]);
            if (alone && IsOrdinaryOpener(tokens[i]))
            {
                selected[i] = false;
                continue;
            }

            any = true;
        }

        return any;
    }

    /// <summary>A capitalised (not all-capitals) word opening a sentence that the archive writes in lower case and no list knows as a name's start.</summary>
    public bool IsOrdinaryOpener(TextToken token) =>
        token.SentenceStart && token.IsCapitalised && !token.IsAllCaps
        && words.IsOrdinaryWord(token.Key, MinLower, Share)
        && !nameStarts.Contains(token.Key);
}
