namespace Search.Core.Ingestion;

/// <summary>
/// Reads JSON Lines articles (one object per line, schema in shared/corpus/README.md) from a
/// stream, one line at a time. Every non-blank line yields exactly one record; blank lines are skipped.
/// </summary>
public sealed class JsonLinesArticleReader(IngestionOptions options, TimeProvider? timeProvider = null)
{
    private readonly JsonArticleLineParser _parser = new(timeProvider ?? TimeProvider.System);

    /// <param name="stream">UTF-8 JSON Lines, with or without a BOM; read forwards once, not disposed.</param>
    /// <param name="file">The name reported with every record.</param>
    public IEnumerable<IngestedRecord> Read(Stream stream, string file)
    {
        foreach (var line in Utf8LineReader.ReadLines(stream, options.MaxArticleBytes))
        {
            if (line.IsTooLong)
            {
                yield return IngestedRecord.Rejected(
                    file, line.Number, RejectionReason.TooLarge, $"line is longer than {options.MaxArticleBytes} bytes");
                continue;
            }

            if (IsBlank(line.Bytes.Span))
            {
                continue;
            }

            yield return _parser.Parse(line.Bytes.Span, file, line.Number);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) =>
        line.IndexOfAnyExcept(" \t\r\f\v"u8) < 0;
}
