namespace Search.Core.Analysis;

/// <summary>
/// The derivational affixes of Indonesian that a root's dictionary entry can confirm: prefixes
/// grouped by their base form, and the plain derivational suffixes. A root's set comes from the
/// affix flags of the hunspell dictionary; the stemmer prefers analyses the dictionary confirms.
/// </summary>
[Flags]
internal enum Affixes
{
    None = 0,

    /// <summary>di- (passive).</summary>
    Di = 1 << 0,

    /// <summary>ke- (and the ke-…-an confix).</summary>
    Ke = 1 << 1,

    /// <summary>se-.</summary>
    Se = 1 << 2,

    /// <summary>ber-, be-, bel-.</summary>
    Ber = 1 << 3,

    /// <summary>ter-, te-.</summary>
    Ter = 1 << 4,

    /// <summary>meN-: me-, mem-, men-, meng-, meny-, menge-.</summary>
    Me = 1 << 5,

    /// <summary>peN-: pe-, pem-, pen-, peng-, peny-, penge-, pel-.</summary>
    Pe = 1 << 6,

    /// <summary>per-.</summary>
    Per = 1 << 7,

    /// <summary>menge-, the meN- of one-syllable roots (mengebom).</summary>
    Menge = 1 << 8,

    /// <summary>penge-, the peN- of one-syllable roots (pengeboman).</summary>
    Penge = 1 << 9,

    /// <summary>The suffix -i on its own.</summary>
    SuffixI = 1 << 10,

    /// <summary>The suffix -kan on its own.</summary>
    SuffixKan = 1 << 11,

    /// <summary>The suffix -an on its own.</summary>
    SuffixAn = 1 << 12,

    /// <summary>The particles -lah, -kah.</summary>
    Particle = 1 << 13,

    /// <summary>The possessives -ku, -mu, -nya.</summary>
    Possessive = 1 << 14,
}
