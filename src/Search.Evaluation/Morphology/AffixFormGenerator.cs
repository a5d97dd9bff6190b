namespace Search.Evaluation.Morphology;

/// <summary>
/// Generates the affixed forms of an Indonesian root forwards, by the standard rules of
/// affixation (Tata Bahasa Baku Bahasa Indonesia): meN-/peN- take the nasal that matches the
/// root's first sound (and absorb p, t, k, s before a vowel; common usage also keeps them),
/// ber-/ter-/per- lose their r before r and before a first syllable ending in -er, and the
/// suffixes -kan, -i, -an, the confixes ke-…-an, per-…-an, peN-…-an and the stacks memper-,
/// diper-, member-, diber- combine as the language allows; every form may take -nya.
/// It is independent of every stemmer under evaluation: it never strips, it only builds.
/// </summary>
public static class AffixFormGenerator
{
    public static IEnumerable<string> Forms(string root)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in Bases(root))
        {
            forms.Add(form);
            forms.Add(form + "nya");
        }

        forms.Remove(root);
        return forms;
    }

    private static IEnumerable<string> Bases(string r)
    {
        string[] verbal = ["", "kan", "i"];
        foreach (var s in verbal)
        {
            yield return Join(r, s);
            yield return Join("di" + r, s);
            foreach (var me in Nasal("me", r))
            {
                yield return Join(me, s);
            }

            yield return Join(Per(r), s);
            yield return Join("mem" + Per(r), s);
            yield return Join("di" + Per(r), s);
            yield return Join(Ter(r), s);
        }

        yield return r + "an";
        foreach (var pe in Nasal("pe", r))
        {
            yield return pe;
            yield return pe + "an";
        }

        if (!IsVowel(r[0]) && r[0] is not ('l' or 'm' or 'n' or 'r' or 'w' or 'y'))
        {
            yield return "pe" + r;
        }

        yield return Ber(r);
        yield return Ber(r) + "an";
        yield return Ber(r) + "kan";
        yield return "mem" + Ber(r) + "kan";
        yield return "di" + Ber(r) + "kan";
        yield return "pem" + Ber(r) + "an";
        yield return "ke" + Ber(r) + "an";
        yield return "ke" + r + "an";
        yield return Per(r) + "an";
        yield return "se" + r;
    }

    /// <summary>A suffix joins unless it would double the root's final vowel (-i after i).</summary>
    private static string Join(string stem, string suffix) =>
        suffix == "i" && stem.EndsWith('i') ? stem : stem + suffix;

    /// <summary>meN- or peN- before the root.</summary>
    private static IEnumerable<string> Nasal(string head, string r)
    {
        var c = r[0];
        var next = r.Length > 1 ? r[1] : '\0';
        if (VowelGroups(r) == 1)
        {
            yield return head + "nge" + r;
        }

        if (c is 'l' or 'm' or 'n' or 'r' or 'w' or 'y')
        {
            yield return head + r;
        }
        else if (c is 'b' or 'f' or 'v')
        {
            yield return head + "m" + r;
        }
        else if (c is 'c' or 'd' or 'j' or 'z')
        {
            yield return head + "n" + r;
        }
        else if (c is 'g' or 'h' or 'q' || IsVowel(c))
        {
            yield return head + "ng" + r;
        }
        else if (c is 'p' or 't' or 'k' or 's')
        {
            var nasal = c switch { 'p' => "m", 't' => "n", 'k' => "ng", _ => "ny" };
            if (IsVowel(next))
            {
                yield return head + nasal + r[1..];
            }

            yield return head + (c == 's' ? "n" : nasal) + r;
        }
    }

    private static string Ber(string r) =>
        r == "ajar" ? "bel" + r : StartsWithR(r) || FirstSyllableEndsInEr(r) ? "be" + r : "ber" + r;

    private static string Ter(string r) => StartsWithR(r) ? "te" + r : "ter" + r;

    private static string Per(string r) => StartsWithR(r) ? "pe" + r : "per" + r;

    private static bool StartsWithR(string r) => r[0] == 'r';

    private static bool FirstSyllableEndsInEr(string r) =>
        r.Length > 4 && !IsVowel(r[0]) && r[1] == 'e' && r[2] == 'r' && !IsVowel(r[3]);

    private static int VowelGroups(string r)
    {
        var groups = 0;
        for (var i = 0; i < r.Length; i++)
        {
            if (IsVowel(r[i]) && (i == 0 || !IsVowel(r[i - 1])))
            {
                groups++;
            }
        }

        return groups;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
