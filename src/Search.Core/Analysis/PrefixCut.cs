namespace Search.Core.Analysis;

/// <summary>
/// One way to remove a prefix from a word: drop the first <see cref="Length"/> characters and,
/// when <see cref="Restore"/> is not <c>'\0'</c>, put back the root's initial consonant that the
/// nasal prefix had absorbed (me-nulis → tulis restores 't'). <see cref="Form"/> is the
/// dictionary flag that confirms the cut (menge- for one-syllable roots, else the family).
/// </summary>
internal readonly record struct PrefixCut(Affixes Family, int Length, char Restore = '\0', Affixes Form = Affixes.None)
{
    /// <summary>The affix a root's dictionary flags must include to confirm this cut.</summary>
    public Affixes Confirmation => Form == Affixes.None ? Family : Form;

    /// <summary>Writes the remainder of <paramref name="word"/> into <paramref name="buffer"/> if needed.</summary>
    public ReadOnlySpan<char> Apply(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var rest = word[Length..];
        if (Restore == '\0')
        {
            return rest;
        }

        buffer[0] = Restore;
        rest.CopyTo(buffer[1..]);
        return buffer[..(rest.Length + 1)];
    }
}
