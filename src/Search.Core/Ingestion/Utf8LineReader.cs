namespace Search.Core.Ingestion;

/// <summary>
/// Splits a UTF-8 stream into lines without holding more than one line in memory. Lines longer
/// than the limit are reported as too long and skipped unread. A leading BOM is dropped.
/// </summary>
internal static class Utf8LineReader
{
    private const int InitialBufferBytes = 64 * 1024;

    /// <remarks>Each line's bytes are only valid until the next line is requested.</remarks>
    public static IEnumerable<Utf8Line> ReadLines(Stream stream, int maxLineBytes)
    {
        // A full buffer of maxLineBytes + 2 bytes without a '\n' holds a line over the limit, even after a '\r'.
        var capacityLimit = maxLineBytes + 2;
        var buffer = new byte[Math.Min(InitialBufferBytes, capacityLimit)];
        int start = 0, end = 0, number = 0;
        bool skipping = false, endOfStream = false, firstRead = true;

        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                number++;
                var lineStart = start;
                start += newline + 1;
                if (skipping)
                {
                    skipping = false;
                    yield return new Utf8Line(number, ReadOnlyMemory<byte>.Empty, true);
                    continue;
                }

                yield return Line(number, buffer, lineStart, newline, maxLineBytes);
                continue;
            }

            if (endOfStream)
            {
                if (skipping || end > start)
                {
                    number++;
                    yield return skipping
                        ? new Utf8Line(number, ReadOnlyMemory<byte>.Empty, true)
                        : Line(number, buffer, start, end - start, maxLineBytes);
                }

                yield break;
            }

            if (skipping)
            {
                start = end = 0;
            }
            else if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                if (buffer.Length >= capacityLimit)
                {
                    skipping = true;
                    start = end = 0;
                }
                else
                {
                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, capacityLimit));
                }
            }

            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                endOfStream = true;
                continue;
            }

            end += read;
            if (firstRead)
            {
                firstRead = false;
                if (end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                {
                    start = 3;
                }
            }
        }
    }

    private static Utf8Line Line(int number, byte[] buffer, int start, int length, int maxLineBytes)
    {
        if (length > 0 && buffer[start + length - 1] == (byte)'\r')
        {
            length--;
        }

        return length > maxLineBytes
            ? new Utf8Line(number, ReadOnlyMemory<byte>.Empty, true)
            : new Utf8Line(number, buffer.AsMemory(start, length), false);
    }
}
