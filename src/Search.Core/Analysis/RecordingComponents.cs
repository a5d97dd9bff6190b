using Lucene.Net.Analysis;

namespace Search.Core.Analysis;

/// <summary>
/// The components of a stemmed chain that records its tokens (<see cref="TokenRecorder"/>): each new text's reader
/// is shown to the recorder before the tokenizer reads it.
/// </summary>
internal sealed class RecordingComponents : TokenStreamComponents
{
    private readonly TokenRecorder _recorder;

    private RecordingComponents(Tokenizer source, TokenStream sink, TokenRecorder recorder) : base(source, sink) => _recorder = recorder;

    /// <summary>Plain components without a recorder; with one, components that attach it to <paramref name="reader"/> and every later reader.</summary>
    public static TokenStreamComponents Of(Tokenizer source, TokenStream sink, TokenRecorder? recorder, TextReader reader)
    {
        if (recorder is null)
        {
            return new TokenStreamComponents(source, sink);
        }
        recorder.Attach(reader);
        return new RecordingComponents(source, sink, recorder);
    }

    protected override void SetReader(TextReader reader)
    {
        _recorder.Attach(reader);
        base.SetReader(reader);
    }
}
