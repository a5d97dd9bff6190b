namespace Search.Core.Analysis;

/// <summary>
/// The prefix table of Enhanced Confix Stripping (Arifin, Mahendra and Ciptaningtyas, 2009, after
/// Nazief and Adriani, 1996): for a word, every way its leading prefix may be removed, in the
/// order the rules are tried. Nasal prefixes (meN-, peN-) take the allomorph that matches the
/// root's first sound and may have absorbed it, so one surface form can give several candidates.
/// </summary>
internal static class PrefixRules
{
    /// <summary>Most cuts any word can produce; the size callers give to <c>cuts</c>.</summary>
    public const int MaxCuts = 4;

    public static int Expand(ReadOnlySpan<char> w, Span<PrefixCut> cuts)
    {
        if (w.Length < 5)
        {
            return 0;
        }

        var n = 0;
        switch (w[0], w[1])
        {
            case ('d', 'i'):
                cuts[n++] = new(Affixes.Di, 2);
                break;
            case ('k', 'e'):
                cuts[n++] = new(Affixes.Ke, 2);
                break;
            case ('s', 'e'):
                cuts[n++] = new(Affixes.Se, 2);
                break;
            case ('b', 'e'):
                n = ExpandBerTer(w, cuts, Affixes.Ber);
                break;
            case ('t', 'e'):
                n = ExpandBerTer(w, cuts, Affixes.Ter);
                break;
            case ('m', 'e'):
                n = ExpandMe(w, cuts);
                break;
            case ('p', 'e'):
                n = ExpandPe(w, cuts);
                break;
        }

        return n;
    }

    /// <summary>ber- and ter- (rules 1–9): ber-V | be-rV, ber-C, be-CerV, bel-ajar.</summary>
    private static int ExpandBerTer(ReadOnlySpan<char> w, Span<PrefixCut> cuts, Affixes family)
    {
        var n = 0;
        var c = w[2];
        if (c == 'r')
        {
            if (IsVowel(w[3]))
            {
                cuts[n++] = new(family, 3);
                cuts[n++] = new(family, 2);
            }
            else if (w[3] != 'r')
            {
                cuts[n++] = new(family, 3);
            }
        }
        else if (family == Affixes.Ber && w.StartsWith("belajar"))
        {
            cuts[n++] = new(family, 3);
        }
        else if (IsConsonant(c) && c != 'l' && At(w, 3) == 'e' && At(w, 4) == 'r')
        {
            cuts[n++] = new(family, 2);
        }

        return n;
    }

    /// <summary>meN- (rules 10–19 and the menge- form of one-syllable roots).</summary>
    private static int ExpandMe(ReadOnlySpan<char> w, Span<PrefixCut> cuts)
    {
        var c = w[2];
        if (c is 'l' or 'r' or 'w' or 'y')
        {
            return Add(cuts, 0, IsVowel(w[3]), new(Affixes.Me, 2));
        }

        return c switch
        {
            'm' => ExpandNasalM(w, cuts, Affixes.Me, keepsP: true),
            'n' => ExpandNasalN(w, cuts, Affixes.Me),
            _ => 0,
        };
    }

    /// <summary>peN- and per- (rules 20–33).</summary>
    private static int ExpandPe(ReadOnlySpan<char> w, Span<PrefixCut> cuts)
    {
        var c = w[2];
        var d = w[3];
        switch (c)
        {
            case 'w' or 'y':
                return Add(cuts, 0, IsVowel(d), new(Affixes.Pe, 2));
            case 'r' when IsVowel(d):
                cuts[0] = new(Affixes.Per, 3);
                cuts[1] = new(Affixes.Pe, 2);
                return 2;
            case 'r':
                return Add(cuts, 0, d != 'r', new(Affixes.Per, 3));
            case 'm':
                return ExpandNasalM(w, cuts, Affixes.Pe, keepsP: false);
            case 'n':
                return ExpandNasalN(w, cuts, Affixes.Pe);
            case 'l' when w.StartsWith("pelajar"):
                return Add(cuts, 0, true, new(Affixes.Pe, 3));
            case 'l':
                return Add(cuts, 0, IsVowel(d), new(Affixes.Pe, 2));
            default:
                return Add(cuts, 0, IsConsonant(c), new(Affixes.Pe, 2));
        }
    }

    /// <summary>mem-/pem-: kept before b, f, v (and p in meN-); me-m… or me-p… before a vowel or rV.</summary>
    private static int ExpandNasalM(ReadOnlySpan<char> w, Span<PrefixCut> cuts, Affixes family, bool keepsP)
    {
        var d = w[3];
        if (d is 'b' or 'f' or 'v' || (keepsP && d == 'p'))
        {
            cuts[0] = new(family, 3);
            return 1;
        }

        if (IsVowel(d) || (d == 'r' && IsVowel(At(w, 4))))
        {
            cuts[0] = new(family, 2);
            cuts[1] = new(family, 3, 'p');
            return 2;
        }

        return 0;
    }

    /// <summary>men-/pen-, meng-/peng-, menge-/penge-, meny-/peny-.</summary>
    private static int ExpandNasalN(ReadOnlySpan<char> w, Span<PrefixCut> cuts, Affixes family)
    {
        var d = w[3];
        var e = At(w, 4);
        switch (d)
        {
            case 'g' when e is 'g' or 'h' or 'q' or 'k':
                cuts[0] = new(family, 4);
                return 1;
            case 'g' when IsVowel(e):
                cuts[0] = new(family, 4);
                cuts[1] = new(family, 4, 'k');
                return Add(cuts, 2, e == 'e' && IsConsonant(At(w, 5)), new(family, 5, Form: family == Affixes.Me ? Affixes.Menge : Affixes.Penge));
            case 'y' when IsVowel(e):
                cuts[0] = new(family, 4, 's');
                cuts[1] = new(family, 2);
                return 2;
            case 'c' or 'd' or 'j' or 'z':
                cuts[0] = new(family, 3);
                return 1;
            case 's' when family == Affixes.Me:
                cuts[0] = new(family, 3);
                return 1;
            case 't' when family == Affixes.Me:
                // Loan words keep their t before a consonant (mentransfer); common usage keeps it
                // before a vowel too (mentargetkan beside menargetkan).
                cuts[0] = new(family, 3);
                return 1;
            default:
                if (!IsVowel(d))
                {
                    return 0;
                }

                cuts[0] = new(family, 2);
                cuts[1] = new(family, 3, 't');
                return 2;
        }
    }

    private static int Add(Span<PrefixCut> cuts, int n, bool condition, PrefixCut cut)
    {
        if (!condition)
        {
            return n;
        }

        cuts[n] = cut;
        return n + 1;
    }

    private static char At(ReadOnlySpan<char> w, int i) => i < w.Length ? w[i] : '\0';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && !IsVowel(c);
}
