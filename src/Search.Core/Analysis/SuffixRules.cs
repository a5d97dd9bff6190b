namespace Search.Core.Analysis;

/// <summary>
/// The suffix layers of an Indonesian word, outermost first: an inflectional particle
/// (-lah, -kah, -tah, -pun), a possessive pronoun (-ku, -mu, -nya), then a derivational
/// suffix (-i, -kan, -an). Each method returns the length of the word without its layer.
/// </summary>
internal static class SuffixRules
{
    private static readonly string[] Particles = ["lah", "kah", "tah", "pun"];
    private static readonly string[] Possessives = ["nya", "ku", "mu"];

    /// <summary>Length of -nya, the possessive that attaches to any noun.</summary>
    public const int NyaLength = 3;

    /// <summary>Shortest word a suffix is removed from, so that a root of three letters remains.</summary>
    private const int MinRemainder = 3;

    public static int WithoutParticle(ReadOnlySpan<char> word) => Without(word, Particles);

    public static int WithoutPossessive(ReadOnlySpan<char> word) => Without(word, Possessives);

    /// <summary>
    /// The derivational suffix of <paramref name="word"/> as ECS removes it: "-kan" whole when
    /// the word ends in it, otherwise "-an" or "-i".
    /// </summary>
    public static DerivationalSuffix Derivational(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("kan") && word.Length - 3 >= MinRemainder)
        {
            return DerivationalSuffix.Kan;
        }

        if (word.EndsWith("an") && word.Length - 2 >= MinRemainder)
        {
            return DerivationalSuffix.An;
        }

        return word.EndsWith("i") && word.Length - 1 >= MinRemainder ? DerivationalSuffix.I : DerivationalSuffix.None;
    }

    public static int Length(DerivationalSuffix suffix) => suffix switch
    {
        DerivationalSuffix.I => 1,
        DerivationalSuffix.An => 2,
        DerivationalSuffix.Kan => 3,
        _ => 0,
    };

    /// <summary>The dictionary flag that confirms a root takes the suffix alone.</summary>
    public static Affixes Flag(DerivationalSuffix suffix) => suffix switch
    {
        DerivationalSuffix.I => Affixes.SuffixI,
        DerivationalSuffix.An => Affixes.SuffixAn,
        DerivationalSuffix.Kan => Affixes.SuffixKan,
        _ => Affixes.None,
    };

    /// <summary>
    /// The confixes Indonesian does not form (Nazief and Adriani): be-…-i, di-…-an, ke-…-i,
    /// ke-…-kan, me-…-an, se-…-i, se-…-kan, te-…-an.
    /// </summary>
    public static bool IsDisallowedConfix(Affixes prefix, DerivationalSuffix suffix) => (prefix, suffix) switch
    {
        (Affixes.Ber, DerivationalSuffix.I) => true,
        (Affixes.Di, DerivationalSuffix.An) => true,
        (Affixes.Ke, DerivationalSuffix.I or DerivationalSuffix.Kan) => true,
        (Affixes.Me, DerivationalSuffix.An) => true,
        (Affixes.Se, DerivationalSuffix.I or DerivationalSuffix.Kan) => true,
        (Affixes.Ter, DerivationalSuffix.An) => true,
        _ => false,
    };

    private static int Without(ReadOnlySpan<char> word, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (word.EndsWith(suffix) && word.Length - suffix.Length >= MinRemainder)
            {
                return word.Length - suffix.Length;
            }
        }

        return word.Length;
    }
}
