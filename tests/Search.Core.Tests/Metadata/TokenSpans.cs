using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>Where words stand among a text's tokens, for tests that hand spans to the tagger's helpers.</summary>
internal static class TokenSpans
{
    /// <summary>The tokens <c>[Start, End)</c> of the first occurrence of <paramref name="words"/> at or after <paramref name="from"/>.</summary>
    public static (int Start, int End) Find(IReadOnlyList<TextToken> tokens, string words, int from = 0)
    {
        var wanted = TextTokenizer.Tokenize(words).Select(t => t.Text).ToList();
        for (var i = from; i + wanted.Count <= tokens.Count; i++)
        {
            if (tokens.Skip(i).Take(wanted.Count).Select(t => t.Text).SequenceEqual(wanted))
            {
                return (i, i + wanted.Count);
            }
        }

        throw new ArgumentException($"'{words}' is not in the text.");
    }
}
