using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Passes every token through unchanged and records it (<see cref="TokenRecording"/>), with the text read by
/// <see cref="HyphenatedWords.Join"/>; when the stream ends, the recording is left in the thread's slot of
/// <see cref="TokenRecordings"/>. Placed in the stemmed chain right after the tokenizer and lower-casing, where
/// its tokens are what the exact chain would cut from the same text but for the joined hyphens.
/// </summary>
internal sealed class TokenRecorder : TokenFilter
{
    private readonly TokenRecording _recording = new();
    private readonly TokenRecordings.Slot _slot;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;
    private bool _reading;

    public TokenRecorder(TokenStream input, TokenRecordings.Slot slot) : base(input)
    {
        _slot = slot;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <summary>Starts recording the text <paramref name="reader"/> hands the tokenizer (nothing is recorded from another reader).</summary>
    public void Attach(TextReader reader)
    {
        _recording.Begin();
        _reading = HyphenatedWords.RecordInto(reader, _recording);
        if (ReferenceEquals(_slot.Latest, _recording))
        {
            _slot.Latest = null;
        }
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (_reading)
        {
            _recording.Add(_term.Buffer.AsSpan(0, _term.Length), _offset.StartOffset, _offset.EndOffset, _increment.PositionIncrement, _type.Type);
        }
        return true;
    }

    public override void End()
    {
        base.End();
        if (_reading)
        {
            _recording.Finish(skippedAtEnd: _increment.PositionIncrement);
            _slot.Latest = _recording;
            _reading = false;
        }
    }
}
