namespace Search.Core.Ingestion;

/// <summary>
/// Streams one .jsonl file through <see cref="JsonLinesArticleReader"/>, turning whole-file
/// problems (unreadable, empty, binary, failing mid-way) into rejected records.
/// </summary>
internal sealed class JsonLinesFileReader(JsonLinesArticleReader reader)
{
    private const int StreamBufferBytes = 64 * 1024;

    public IEnumerable<IngestedRecord> Read(string file)
    {
        var stream = Open(file, out var problem);
        if (stream is null)
        {
            yield return Rejected(file, RejectionReason.UnreadableFile, problem);
            yield break;
        }

        using (stream)
        {
            if (WholeFileProblem(stream, file) is { } rejected)
            {
                yield return rejected;
                yield break;
            }

            using var records = reader.Read(stream, file).GetEnumerator();
            var count = 0;
            while (true)
            {
                IngestedRecord record;
                var failed = false;
                try
                {
                    if (!records.MoveNext())
                    {
                        break;
                    }

                    record = records.Current;
                }
                catch (IOException ex)
                {
                    record = Rejected(file, RejectionReason.UnreadableFile, $"read failed after {count} records: {ex.Message}");
                    failed = true;
                }

                count++;
                yield return record;
                if (failed)
                {
                    yield break;
                }
            }

            if (count == 0)
            {
                yield return Rejected(file, RejectionReason.EmptyFile, "the file holds only blank lines");
            }
        }
    }

    private static FileStream? Open(string file, out string problem)
    {
        problem = string.Empty;
        try
        {
            return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, StreamBufferBytes, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = ex.Message;
            return null;
        }
    }

    private static IngestedRecord? WholeFileProblem(FileStream stream, string file)
    {
        try
        {
            if (stream.Length == 0)
            {
                return Rejected(file, RejectionReason.EmptyFile, "the file is empty");
            }

            return FileSniffer.BinaryProblem(stream) is { } binary
                ? Rejected(file, RejectionReason.BinaryFile, binary)
                : null;
        }
        catch (IOException ex)
        {
            return Rejected(file, RejectionReason.UnreadableFile, ex.Message);
        }
    }

    private static IngestedRecord Rejected(string file, RejectionReason reason, string message) =>
        IngestedRecord.Rejected(file, IngestedRecord.WholeFile, reason, message);
}
