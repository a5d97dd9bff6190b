namespace Search.Core.Analysis;

/// <summary>
/// A reader over one reused buffer, refilled text after text (<see cref="RecordedTokenReplay"/>): disposing it, as
/// the tokenizer does after every text, frees nothing.
/// </summary>
internal sealed class BufferReader : TextReader
{
    private char[] _buffer = new char[4096];
    private int _length;
    private int _position;

    /// <summary>The text last filled in.</summary>
    public ReadOnlySpan<char> Text => _buffer.AsSpan(0, _length);

    /// <summary>Reads <paramref name="reader"/> to its end into the buffer and rewinds.</summary>
    public void Fill(TextReader reader)
    {
        _length = 0;
        _position = 0;
        while (true)
        {
            if (_length == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
            var read = reader.Read(_buffer, _length, _buffer.Length - _length);
            if (read <= 0)
            {
                return;
            }
            _length += read;
        }
    }

    /// <summary>Reads as if at the end, so a tokenizer finds no text (the text stays in <see cref="Text"/>).</summary>
    public void Hide() => _position = _length;

    public override int Read(char[] buffer, int index, int count)
    {
        var read = Math.Min(count, _length - _position);
        _buffer.AsSpan(_position, read).CopyTo(buffer.AsSpan(index, read));
        _position += read;
        return read;
    }

    public override int Read() => _position < _length ? _buffer[_position++] : -1;

    public override int Peek() => _position < _length ? _buffer[_position] : -1;

    protected override void Dispose(bool disposing)
    {
    }
}
