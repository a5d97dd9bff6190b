namespace Search.Core.Metadata.Tagging;

/// <summary>
/// What the lexicons and the learned gazetteer say about each token of a line (<see cref="WordClass"/>):
/// titles, places, organisations and their cues, reporting verbs, known names and aliases matched as
/// phrases, given names, particles and common words one token at a time. One dictionary look-up per
/// token says which lists can start there.
/// </summary>
internal sealed class TokenClasses
{
    private const int PersonWordBit = 1 << 30;

    private const int DedicationBit = 1 << 29;

    /// <summary>For each lower-case word, which of <see cref="Phrases"/>, <see cref="Words"/> and the gazetteer's word sets have an entry starting with it (bits): one look-up per token.</summary>
    private readonly Dictionary<string, int> startsIn = new(StringComparer.Ordinal);

    public TokenClasses(MetadataLexicon lexicon, PersonGazetteer gazetteer)
    {
        Phrases =
        [
            (lexicon.PersonTitles, WordClass.InTitle, WordClass.AfterTitle, true),
            (lexicon.Places, WordClass.InPlace, WordClass.None, false),
            (lexicon.Organisations, WordClass.InOrganisation, WordClass.None, false),
            (lexicon.OrgCues, WordClass.OrgCue, WordClass.None, false),
            (lexicon.PlaceCues, WordClass.PlaceCue, WordClass.None, false),
            (lexicon.ReportingVerbs, WordClass.ReportingVerb, WordClass.None, false),
            (lexicon.RoleNouns, WordClass.RoleNoun, WordClass.None, true),
            (lexicon.NameHonorifics, WordClass.Honorific, WordClass.None, false),
            (lexicon.PlaceContext, WordClass.PlaceContext, WordClass.None, false),
            (gazetteer.KnownNames, WordClass.KnownName, WordClass.None, false),
            (gazetteer.Aliases, WordClass.Alias, WordClass.None, false),
        ];
        Words =
        [
            (lexicon.GivenNames, WordClass.GivenName),
            (lexicon.NameParticles, WordClass.NameParticle),
            (lexicon.NotNames, WordClass.NotName),
            (lexicon.PostNominals, WordClass.PostNominal),
            (lexicon.CommonWords, WordClass.CommonWord),
            (lexicon.OrgSuffixes, WordClass.OrgSuffix),
        ];
        for (var k = 0; k < Phrases.Length; k++)
        {
            Flag(Phrases[k].Set.FirstWords, 1 << k);
        }

        for (var k = 0; k < Words.Length; k++)
        {
            Flag(Words[k].Set.FirstWords, 1 << (Phrases.Length + k));
        }

        Flag(gazetteer.PersonWords, PersonWordBit);
        Flag(gazetteer.Dedications.Where(d => !d.Contains(' ', StringComparison.Ordinal)), DedicationBit);
    }

    /// <summary>Lists matched as phrases from each token: the class of the words inside a match, and of the token after it.</summary>
    private (PhraseSet Set, WordClass Inside, WordClass After, bool AnyCase)[] Phrases { get; }

    /// <summary>Lists matched one token at a time.</summary>
    private (PhraseSet Set, WordClass Class)[] Words { get; }

    /// <summary>
    /// Adds to <paramref name="classes"/> (zeroed, one per token) the word classes of every token a selected token's
    /// features read (six before it to two after it; all when <paramref name="selected"/> is empty).
    /// </summary>
    public void Of(IReadOnlyList<TextToken> tokens, ReadOnlySpan<bool> selected, Span<WordClass> classes)
    {
        var n = tokens.Count;
        var lastSelected = -1;
        for (var p = 0; p < n; p++)
        {
            var token = tokens[p];
            if (!selected.IsEmpty)
            {
                lastSelected = selected[p] ? p : lastSelected;
                if (!Near(selected, p, lastSelected))
                {
                    continue;
                }
            }

            if (!token.IsWord || !startsIn.TryGetValue(token.Key, out var sets))
            {
                continue;
            }

            for (var k = 0; k < Phrases.Length; k++)
            {
                if ((sets & (1 << k)) != 0)
                {
                    var (set, inside, after, anyCase) = Phrases[k];
                    Mark(classes, p, set.MatchAt(tokens, p, n, anyCase), inside, after, tokens);
                }
            }

            for (var k = 0; k < Words.Length; k++)
            {
                if ((sets & (1 << (Phrases.Length + k))) != 0 && Words[k].Set.Matches(token))
                {
                    classes[p] |= Words[k].Class;
                }
            }

            classes[p] |= (sets & PersonWordBit) != 0 ? WordClass.PersonWord : 0;
            classes[p] |= (sets & DedicationBit) != 0 ? WordClass.Dedication : 0;
        }
    }

    private void Flag(IEnumerable<string> words, int bit)
    {
        foreach (var word in words)
        {
            startsIn[word] = startsIn.GetValueOrDefault(word) | bit;
        }
    }

    private static bool Near(ReadOnlySpan<bool> selected, int p, int lastSelected)
    {
        if (lastSelected >= 0 && p - lastSelected <= 2)
        {
            return true;
        }

        for (var q = p + 1; q <= p + 6 && q < selected.Length; q++)
        {
            if (selected[q])
            {
                return true;
            }
        }

        return false;
    }

    private static void Mark(Span<WordClass> classes, int p, int length, WordClass inside, WordClass after = WordClass.None, IReadOnlyList<TextToken>? tokens = null)
    {
        for (var k = 0; k < length; k++)
        {
            classes[p + k] |= inside;
        }

        if (length > 0 && after != WordClass.None && tokens is not null)
        {
            var next = p + length;
            next += next < tokens.Count && tokens[next].Text == "." ? 1 : 0;
            if (next < tokens.Count)
            {
                classes[next] |= after;
            }
        }
    }
}
