namespace Search.Core.Analysis;

/// <summary>
/// Where the stemmed chain leaves, thread by thread, the tokens of the last text it read
/// (<see cref="TokenRecorder"/>) for the exact chain of the same thread to take (<see cref="RecordedTokenReplay"/>):
/// a document's headline and body go through both chains one after the other on one thread, so each text is
/// tokenized once. Owned by <see cref="TextAnalysis"/>, which disposes it.
/// </summary>
internal sealed class TokenRecordings : IDisposable
{
    private readonly ThreadLocal<Slot> _slots = new(() => new Slot());

    /// <summary>The calling thread's slot (analysis components live on one thread, so they keep it).</summary>
    public Slot ForThisThread => _slots.Value!;

    public void Dispose() => _slots.Dispose();

    /// <summary>The last recording completed on one thread, or null.</summary>
    internal sealed class Slot
    {
        public TokenRecording? Latest { get; set; }
    }
}
