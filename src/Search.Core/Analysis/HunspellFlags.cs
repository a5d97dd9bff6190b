namespace Search.Core.Analysis;

/// <summary>
/// Reads the affixes out of the flags of a hunspell-id entry (<c>kata/B0DkM0k0</c>). The
/// dictionary uses two-character flags whose first letter names the affix: upper case for a
/// prefix or circumfix (B = ber-, D = di-, K = ke-, M = meN-, P = peN-, R = per-, S = se-,
/// T = ter-; MG/M3/Mg/Mh = menge-, PN/P7/Po = penge-), lower case for a suffix
/// (a = -an, i = -i, k = -kan, l = -lah/-kah, n and o = possessives; nl = both particles and -nya).
/// The second letter of a circumfix flag names its suffix the same way (Dk = di-…-kan).
/// </summary>
internal static class HunspellFlags
{
    public static Affixes Affixes(ReadOnlySpan<char> flags)
    {
        var affixes = Analysis.Affixes.None;
        for (var i = 0; i + 1 < flags.Length; i += 2)
        {
            affixes |= Flag(flags[i], flags[i + 1]) | CircumfixSuffix(flags[i], flags[i + 1]);
        }

        return affixes;
    }

    /// <summary>The suffix half of a circumfix flag (Dk = di-…-kan, Pa = peN-…-an, Mi = meN-…-i).</summary>
    private static Affixes CircumfixSuffix(char first, char second) => char.IsAsciiLetterUpper(first)
        ? second switch
        {
            'a' => Analysis.Affixes.SuffixAn,
            'i' => Analysis.Affixes.SuffixI,
            'k' => Analysis.Affixes.SuffixKan,
            _ => Analysis.Affixes.None,
        }
        : Analysis.Affixes.None;

    private static Affixes Flag(char first, char second) => (first, second) switch
    {
        ('M', 'G' or '3' or 'g' or 'h') => Analysis.Affixes.Menge,
        ('P', 'N' or '7' or 'o') => Analysis.Affixes.Penge,
        ('B', _) => Analysis.Affixes.Ber,
        ('D', _) => Analysis.Affixes.Di,
        ('K', _) => Analysis.Affixes.Ke,
        ('M', _) => Analysis.Affixes.Me,
        ('P', _) => Analysis.Affixes.Pe,
        ('R', _) => Analysis.Affixes.Per,
        ('S', _) => Analysis.Affixes.Se,
        ('T', _) => Analysis.Affixes.Ter,
        ('a', _) => Analysis.Affixes.SuffixAn,
        ('i', _) => Analysis.Affixes.SuffixI,
        ('k', _) => Analysis.Affixes.SuffixKan,
        ('l', _) => Analysis.Affixes.Particle,
        ('n', 'l') => Analysis.Affixes.Particle | Analysis.Affixes.Possessive,
        ('n' or 'o', _) => Analysis.Affixes.Possessive,
        _ => Analysis.Affixes.None,
    };
}
