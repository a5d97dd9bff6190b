using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Removes the proclitics ku- and kau- (kubaca → baca, kaulihat → lihat, kuberikan → berikan) so
/// that the stemmer that follows can find the root. Only words that are not roots themselves, that
/// the stemmer cannot reduce as they are, and whose remainder is a root or reduces to one, are
/// touched: kuat, kunci, kaum and Kupang stay. (The enclitics -ku, -mu, -nya and the particles -lah,
/// -kah, -tah, -pun are the stemmer's own outermost suffix layers.) Expects lower-case input.
/// </summary>
public sealed class ProcliticFilter : TokenFilter
{
    private const int MinRemainder = 4;
    private static readonly string[] Proclitics = ["kau", "ku"];

    private readonly IndonesianStemmer _stemmer;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public ProcliticFilter(TokenStream input, IndonesianStemmer stemmer)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(stemmer);
        _stemmer = stemmer;
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!_keyword.IsKeyword && Without(_term.Buffer.AsSpan(0, _term.Length)) is { } rest)
        {
            _term.SetEmpty().Append(rest);
        }

        return true;
    }

    /// <summary>The word without its proclitic, or null when it has none.</summary>
    public string? Without(ReadOnlySpan<char> word)
    {
        if (word.Length < MinRemainder + 2 || word.ContainsAnyExceptInRange('a', 'z') || word[0] != 'k'
            || _stemmer.Lexicon.Contains(word) || !word.SequenceEqual(_stemmer.Stem(word)))
        {
            return null;
        }

        foreach (var proclitic in Proclitics)
        {
            var rest = word[proclitic.Length..];
            if (word.StartsWith(proclitic) && rest.Length >= MinRemainder
                && (_stemmer.Lexicon.Contains(rest) || !rest.SequenceEqual(_stemmer.Stem(rest))))
            {
                return new string(rest);
            }
        }

        return null;
    }
}
