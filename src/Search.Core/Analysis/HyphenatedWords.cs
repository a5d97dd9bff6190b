using Lucene.Net.Analysis;

namespace Search.Core.Analysis;

/// <summary>
/// Keeps hyphenated words together through the tokenizer. The standard tokenizer splits
/// <c>anak-anak</c> into two tokens, so the hyphen is read as an underscore (which joins words in
/// Unicode word segmentation, and keeps every offset) and <see cref="ReduplicationFilter"/> decides
/// whether the joined token is one reduplicated word or several words.
/// </summary>
public static class HyphenatedWords
{
    /// <summary>What a hyphen inside a token becomes.</summary>
    public const char Joiner = '_';

    /// <summary>The text with every hyphen read as <see cref="Joiner"/>.</summary>
    /// <remarks>
    /// One character for one, so no offset moves: a plain substitution over each block read, where Lucene's
    /// MappingCharFilter (made for mappings that change lengths) reads through a locked buffer character by character.
    /// </remarks>
    public static TextReader Join(TextReader reader) => new HyphenJoiner(reader);

    /// <summary>
    /// Makes a reader of <see cref="Join"/> copy the text it reads, as written, into <paramref name="recording"/>;
    /// false for any other reader.
    /// </summary>
    internal static bool RecordInto(TextReader reader, TokenRecording recording)
    {
        if (reader is not HyphenJoiner joiner)
        {
            return false;
        }
        joiner.Recording = recording;
        return true;
    }

    private sealed class HyphenJoiner(TextReader input) : CharFilter(input)
    {
        public TokenRecording? Recording { get; set; }

        public override int Read(char[] buffer, int index, int count)
        {
            var read = m_input.Read(buffer, index, count);
            if (read > 0)
            {
                Recording?.AppendText(buffer.AsSpan(index, read));
                buffer.AsSpan(index, read).Replace('-', Joiner);
            }
            return read;
        }

        public override int Read()
        {
            var c = m_input.Read();
            if (c >= 0)
            {
                Recording?.AppendText([(char)c]);
            }
            return c == '-' ? Joiner : c;
        }

        protected override int Correct(int currentOff) => currentOff;
    }
}
