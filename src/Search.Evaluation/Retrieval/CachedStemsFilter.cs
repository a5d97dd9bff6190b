using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Evaluation.Retrieval;

/// <summary>
/// Replaces each term with its stems, looked up once per distinct term: the first stem in the
/// term's place, the others stacked at the same position. Gives the same tokens as the wrapped
/// stemmer run on every token, only faster.
/// </summary>
internal sealed class CachedStemsFilter : TokenFilter
{
    private readonly Func<string, string[]> _stemsOf;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private string[] _pending = [];
    private int _next;
    private State? _state;

    public CachedStemsFilter(TokenStream input, Func<string, string[]> stemsOf)
        : base(input)
    {
        _stemsOf = stemsOf;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next < _pending.Length)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_pending[_next++]);
            _position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var stems = _stemsOf(_term.ToString());
        _term.SetEmpty().Append(stems[0]);
        (_pending, _next) = (stems, 1);
        _state = stems.Length > 1 ? CaptureState() : null;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        (_pending, _next, _state) = ([], 0, null);
    }
}
