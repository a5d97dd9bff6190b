using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Replaces each term with its root from an <see cref="IndonesianStemmer"/>. Terms marked as
/// keywords (<see cref="IKeywordAttribute"/>) are left as they are. Expects lower-case input.
/// </summary>
public sealed class IndonesianStemFilter : TokenFilter
{
    private readonly IndonesianStemmer _stemmer;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public IndonesianStemFilter(TokenStream input, IndonesianStemmer stemmer)
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

        if (!_keyword.IsKeyword)
        {
            var term = _term.Buffer.AsSpan(0, _term.Length);
            var stem = _stemmer.Stem(term);
            if (!term.SequenceEqual(stem))
            {
                _term.SetEmpty().Append(stem);
            }
        }

        return true;
    }
}
