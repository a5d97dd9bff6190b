namespace Search.Core.Ingestion;

/// <summary>One non-blank, trimmed line of a raw page capture with its 1-based line number.</summary>
internal readonly record struct RawLine(int Number, string Text)
{
    /// <summary>Trimmed besides white space (which includes NBSP): zero-width spaces and stray BOMs.</summary>
    private static readonly char[] Invisible = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

    /// <summary>The lines of <paramref name="text"/> that hold something besides white space.</summary>
    public static List<RawLine> Split(string text)
    {
        var lines = new List<RawLine>();
        var number = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            number++;
            var trimmed = Clean(line);
            if (!trimmed.IsEmpty)
            {
                lines.Add(new RawLine(number, trimmed.ToString()));
            }
        }

        return lines;
    }

    private static ReadOnlySpan<char> Clean(ReadOnlySpan<char> line)
    {
        var previousLength = -1;
        while (line.Length != previousLength)
        {
            previousLength = line.Length;
            line = line.Trim().Trim(Invisible);
        }

        return line;
    }
}
