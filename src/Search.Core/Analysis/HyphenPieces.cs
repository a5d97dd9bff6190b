using System.Buffers;
using Lucene.Net.Analysis.Standard;

namespace Search.Core.Analysis;

/// <summary>
/// The pieces a token of the hyphen-joined text (<see cref="HyphenatedWords"/>) falls into at its hyphens, which are
/// the tokens the standard tokenizer cuts from the text as written: a hyphen breaks words on both sides, where the
/// joiner (an underscore, which connects words) did not. Held to tokens of ASCII characters (<see cref="SplitCleanly"/>),
/// where every rule that decides it is plain; anything else is left to the tokenizer.
/// </summary>
internal static class HyphenPieces
{
    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    private static readonly SearchValues<char> AsciiLettersAndDigits = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// True when <paramref name="token"/> (as written, hyphens and all) is ASCII and each piece between its hyphens
    /// either holds a letter or digit (the tokenizer keeps it whole) or is only underscores (the tokenizer drops it).
    /// </summary>
    public static bool SplitCleanly(ReadOnlySpan<char> token)
    {
        if (!System.Text.Ascii.IsValid(token))
        {
            return false;
        }
        foreach (var range in token.Split('-'))
        {
            var piece = token[range];
            if (Kept(piece) && !piece.ContainsAny(AsciiLettersAndDigits))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when the tokenizer makes a token of the piece (it is not underscores alone).</summary>
    public static bool Kept(ReadOnlySpan<char> piece) => piece.ContainsAnyExcept(HyphenatedWords.Joiner);

    /// <summary>The type the tokenizer gives a kept piece: a number when it has no letter (digits, their separators, underscores).</summary>
    public static string TypeOf(ReadOnlySpan<char> piece) =>
        StandardTokenizer.TOKEN_TYPES[piece.ContainsAny(AsciiLetters) ? StandardTokenizer.ALPHANUM : StandardTokenizer.NUM];
}
