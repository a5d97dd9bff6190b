using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// The end of the exact chain (standard tokenizer → lower-casing → this). Before each text it reads the whole text
/// (<see cref="Choose"/>); when the stemmed chain of the same thread has just tokenized the very same text
/// (<see cref="TokenRecordings"/>), it hands out that recording's tokens cut at the hyphens
/// (<see cref="HyphenPieces"/>) and the tokenizer reads nothing; otherwise the tokenizer reads the text and this
/// passes its tokens through. Either way the same terms, positions and offsets.
/// </summary>
internal sealed class RecordedTokenReplay : TokenFilter
{
    private readonly TokenRecordings.Slot _slot;
    private readonly BufferReader _text = new();
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly IPositionIncrementAttribute _increment;
    private TokenRecording? _replaying;
    private int _generation;
    private int _token;
    private int _pieceStart;

    public RecordedTokenReplay(TokenStream input, TokenRecordings.Slot slot) : base(input)
    {
        _slot = slot;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>Reads the next text to its end and returns what the tokenizer should read: the text, or nothing when it is replayed.</summary>
    public TextReader Choose(TextReader reader)
    {
        _text.Fill(reader);
        reader.Dispose();
        var recording = _slot.Latest;
        if (recording is { Replayable: true } && recording.Text.SequenceEqual(_text.Text))
        {
            _replaying = recording;
            _generation = recording.Generation;
            _text.Hide();
        }
        else
        {
            _replaying = null;
        }
        return _text;
    }

    public override void Reset()
    {
        base.Reset();
        _token = 0;
        _pieceStart = 0;
    }

    public override bool IncrementToken()
    {
        if (_replaying is not { } recording)
        {
            return m_input.IncrementToken();
        }
        if (recording.Generation != _generation)
        {
            throw new InvalidOperationException("The recorded tokens were replaced while being replayed.");
        }
        while (_token < recording.Count)
        {
            var term = recording.TermOf(_token);
            var start = recording.StartOf(_token);
            if (!recording.IsHyphenated(_token))
            {
                Emit(term, start, recording.TypeOf(_token));
                _token++;
                return true;
            }
            // A hyphenated token: its pieces between the hyphens of the text as written, underscores alone left out.
            var from = _pieceStart;
            var hyphen = recording.Text.Slice(start + from, term.Length - from).IndexOf('-');
            var to = hyphen < 0 ? term.Length : from + hyphen;
            if (hyphen < 0)
            {
                _token++;
                _pieceStart = 0;
            }
            else
            {
                _pieceStart = to + 1;
            }
            var piece = term[from..to];
            if (HyphenPieces.Kept(piece))
            {
                Emit(piece, start + from, HyphenPieces.TypeOf(piece));
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Sets every attribute of the chain (term, offsets, position increment, type); nothing else in it is ever set,
    /// so the tokenizer's clearing of all attributes before each token is spared.
    /// </summary>
    private void Emit(ReadOnlySpan<char> term, int start, string type)
    {
        term.CopyTo(_term.ResizeBuffer(term.Length));
        _term.Length = term.Length;
        _offset.SetOffset(start, start + term.Length);
        _increment.PositionIncrement = 1;
        _type.Type = type;
    }

    public override void End()
    {
        base.End();
        if (_replaying is { } recording)
        {
            _offset.SetOffset(recording.TextLength, recording.TextLength);
        }
    }
}
