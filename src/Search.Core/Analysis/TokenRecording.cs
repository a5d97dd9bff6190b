namespace Search.Core.Analysis;

/// <summary>
/// One text as the stemmed chain read it and the tokens its tokenizer cut from it (lower-cased, before stop
/// words and stemming), kept so the exact chain can take them instead of tokenizing the same text again
/// (<see cref="RecordedTokenReplay"/>). The buffers grow to the longest text and are reused for every text.
/// </summary>
internal sealed class TokenRecording
{
    private char[] _text = new char[4096];
    private char[] _terms = new char[4096];
    private int[] _tokens = new int[3 * 512];
    private string[] _types = new string[512];

    /// <summary>Characters of the text read so far.</summary>
    public int TextLength { get; private set; }

    /// <summary>Tokens recorded so far.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Counts the texts begun, so a replay notices when the recording is reused under it.
    /// </summary>
    public int Generation { get; private set; }

    /// <summary>
    /// True once the whole text has been tokenized with every token at the next position, its characters one
    /// for one with the text's (so splitting at a hyphen is splitting at the same index), and nothing skipped
    /// at the end: only then can the tokens stand in for tokenizing the text again.
    /// </summary>
    public bool Replayable { get; private set; }

    private bool _consistent;
    private int _termsLength;

    public ReadOnlySpan<char> Text => _text.AsSpan(0, TextLength);

    /// <summary>Forgets the last text: a new one is about to be read.</summary>
    public void Begin()
    {
        Generation++;
        TextLength = 0;
        Count = 0;
        _termsLength = 0;
        _consistent = true;
        Replayable = false;
    }

    /// <summary>Appends characters as the reader hands them out, before any are replaced.</summary>
    public void AppendText(ReadOnlySpan<char> chars)
    {
        _text = Ensure(_text, TextLength + chars.Length);
        chars.CopyTo(_text.AsSpan(TextLength));
        TextLength += chars.Length;
    }

    public void Add(ReadOnlySpan<char> term, int start, int end, int positionIncrement, string type)
    {
        var hyphenated = false;
        if (positionIncrement != 1 || term.Length != end - start)
        {
            _consistent = false;
        }
        else if (term.Contains(HyphenatedWords.Joiner))
        {
            var written = Text.Slice(start, term.Length);
            hyphenated = written.Contains('-');
            _consistent &= !hyphenated || HyphenPieces.SplitCleanly(written);
        }
        _terms = Ensure(_terms, _termsLength + term.Length);
        term.CopyTo(_terms.AsSpan(_termsLength));
        if ((Count + 1) * 3 > _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
            Array.Resize(ref _types, _types.Length * 2);
        }
        // Three numbers a token: where its characters start among the terms', their count (negative when hyphenated), its start offset.
        var at = Count * 3;
        _tokens[at] = _termsLength;
        _tokens[at + 1] = hyphenated ? -term.Length : term.Length;
        _tokens[at + 2] = start;
        _types[Count] = type;
        _termsLength += term.Length;
        Count++;
    }

    /// <summary>The text has been read to its end; <paramref name="skippedAtEnd"/> tokens too long to keep came last.</summary>
    public void Finish(int skippedAtEnd) => Replayable = _consistent && skippedAtEnd == 0;

    /// <summary>The <paramref name="index"/>th token's characters.</summary>
    public ReadOnlySpan<char> TermOf(int index) => _terms.AsSpan(_tokens[index * 3], Math.Abs(_tokens[(index * 3) + 1]));

    /// <summary>True when the <paramref name="index"/>th token was written with a hyphen (read as the joiner).</summary>
    public bool IsHyphenated(int index) => _tokens[(index * 3) + 1] < 0;

    public int StartOf(int index) => _tokens[(index * 3) + 2];

    public string TypeOf(int index) => _types[index];

    private static char[] Ensure(char[] buffer, int length)
    {
        if (length <= buffer.Length)
        {
            return buffer;
        }
        Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        return buffer;
    }
}
