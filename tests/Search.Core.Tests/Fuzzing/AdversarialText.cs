using CsCheck;

namespace Search.Core.Tests.Fuzzing;

/// <summary>
/// Generators of hostile text: query operators and Lucene syntax (<c>" * ~ ^ : ( ) \</c>), field
/// prefixes, huge numbers, control characters, lone surrogates (text that is not valid UTF-16), emoji,
/// Indonesian words and every kind of white space, in random mixtures.
/// </summary>
public static class AdversarialText
{
    private static readonly string[] Pieces =
    [
        "\"", "\"\"", "*", "?", "~", "~2", "^", "^10", "-", "+", "--", "OR", "AND", "NOT", "|", "||", "&&", "(", ")", "[", "]",
        "{", "}", "\\", "/", ":", "title:", "body:", "person:", "topic:", "source:", "unknown:", "title:\"", "-person:",
        "99999999999999999999999", "-1", "1e309", "NaN", "0x7fffffff", "\0", "\u0001", "\u001b[31m", "\u007f", "\u0085", "\u00a0",
        "\u200b", "\u2028", "\ufeff", "\ud800", "\udfff", "\ud83d\ude00", "\ud83d", "é", "ß", "İ", "ﬁ", "گ", "中文",
        "berita", "pertemuan", "memperbaiki", "gubernur", "jembatan", "Rina Halim", "banjir", "di", "yang", "ke-2",
        " ", "  ", "\t", "\r\n", "\n", "%", "%FF", "<mark>", "</script>", "&amp;", "'", "`", ",", ".", ";",
    ];

    /// <summary>A mixture of pieces and random characters, up to about 60 parts.</summary>
    public static readonly Gen<string> Mixture =
        Gen.OneOf(
                Gen.OneOf(Pieces),
                Gen.Char.Select(c => c.ToString()),
                Gen.String[Gen.Char.AlphaNumeric, 1, 12])
            .Array[0, 60]
            .Select(parts => string.Concat(parts));

    /// <summary>Mostly mixtures, sometimes very long runs of one piece.</summary>
    public static readonly Gen<string> Query =
        Gen.Frequency(
            (9, Mixture),
            (1, Gen.Select(Gen.OneOf(Pieces), Gen.Int[1, 3000], (piece, times) => string.Concat(Enumerable.Repeat(piece, times)))));

    /// <summary>Arbitrary bytes, often invalid UTF-8, sometimes text with a stray invalid byte.</summary>
    public static readonly Gen<byte[]> Bytes =
        Gen.Frequency(
            (1, Gen.Byte.Array[0, 2000]),
            (1, Gen.Select(Mixture, Gen.Byte, Gen.Int[0, 100], (text, b, at) =>
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(text).ToList();
                bytes.Insert(Math.Min(at, bytes.Count), b);
                return bytes.ToArray();
            })));
}
