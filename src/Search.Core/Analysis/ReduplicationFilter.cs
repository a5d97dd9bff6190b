using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Reads tokens joined by <see cref="HyphenatedWords"/>: a reduplication becomes the one word it
/// stands for (<see cref="Reduplication"/>: anak_anak → anak, sayur_mayur → sayur), anything else is
/// split back into its parts with their own positions and offsets (jakarta_bandung → jakarta, bandung),
/// exactly as the standard tokenizer would have split it. Also reads the informal anak2 as anak.
/// Expects lower-case input.
/// </summary>
public sealed class ReduplicationFilter : TokenFilter
{
    private readonly IndonesianStemmer? _stemmer;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<(string Text, int Start, int End)> _parts = new();
    private State? _state;

    public ReduplicationFilter(TokenStream input, IndonesianStemmer? stemmer)
        : base(input)
    {
        _stemmer = stemmer;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_parts.Count > 0)
        {
            RestoreState(_state);
            Emit(_parts.Dequeue());
            _position.PositionIncrement = 1;
            return true;
        }

        while (m_input.IncrementToken())
        {
            var term = _term.Buffer.AsSpan(0, _term.Length);
            if (term.IndexOf(HyphenatedWords.Joiner) < 0)
            {
                if (Reduplication.ReduceDigitForm(term) is { } root)
                {
                    _term.SetEmpty().Append(root);
                }

                return true;
            }

            if (Read(term.ToString()))
            {
                return true;
            }
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _parts.Clear();
        _state = null;
    }

    /// <summary>Replaces the current joined token by its word or its first part; false when it has no word at all.</summary>
    private bool Read(string joined)
    {
        var pieces = joined.Split(HyphenatedWords.Joiner);
        if (pieces.Length == 2 && Reduplication.Reduce(pieces[0], pieces[1], _stemmer) is { } root)
        {
            _term.SetEmpty().Append(root);
            return true;
        }

        var start = _offset.StartOffset;
        var end = _offset.EndOffset;
        var at = 0;
        var increment = _position.PositionIncrement;
        foreach (var piece in pieces)
        {
            if (piece.Length > 0)
            {
                var pieceStart = Math.Min(start + at, end);
                _parts.Enqueue((piece, pieceStart, Math.Min(pieceStart + piece.Length, end)));
            }

            at += piece.Length + 1;
        }

        if (_parts.Count == 0)
        {
            return false;
        }

        Emit(_parts.Dequeue());
        _position.PositionIncrement = increment;
        _state = CaptureState();
        return true;
    }

    private void Emit((string Text, int Start, int End) part)
    {
        _term.SetEmpty().Append(part.Text);
        _offset.SetOffset(part.Start, part.End);
    }
}
