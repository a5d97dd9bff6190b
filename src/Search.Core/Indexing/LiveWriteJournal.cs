using System.Text;
using System.Text.Json;
using Search.Core.Articles;

namespace Search.Core.Indexing;

/// <summary>
/// Every write the API acknowledged, in order, as JSON lines in <c>live-writes.jsonl</c> under the index
/// root: the articles that came through the API and exist in no source file. A rebuild replays it into
/// the new generation before switching and records how far it read (<see cref="JournalPosition"/>); the API
/// replays the rest when it opens that generation. So a rebuild never drops an article posted to the
/// API, before or while it ran. Upserts and deletes are idempotent, so replaying twice changes nothing.
/// <see cref="Compact"/> rewrites it with only the last write of each id, under a new epoch.
/// </summary>
public sealed class LiveWriteJournal(string indexRoot)
{
    public const string FileName = "live-writes.jsonl";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetFullPath(indexRoot), FileName);

    /// <summary>The end of the journal: the position a commit that holds every write so far records.</summary>
    public JournalPosition End
    {
        get
        {
            using var stream = OpenForReading();
            return stream is null ? JournalPosition.Start : new JournalPosition(JournalHeader.ReadEpoch(stream), stream.Length);
        }
    }

    /// <summary>Appends the entries and flushes them to disk; returns the journal's new length.</summary>
    public long Append(IEnumerable<JournalEntry> entries)
    {
        var text = new StringBuilder();
        foreach (var entry in entries)
        {
            text.Append(JsonSerializer.Serialize(entry, Json)).Append('\n');
        }

        var created = !File.Exists(Path);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        using var stream = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete);
        DropTornTail(stream);
        stream.Seek(0, SeekOrigin.End);
        stream.Write(Encoding.UTF8.GetBytes(text.ToString()));
        stream.Flush(flushToDisk: true);
        if (created)
        {
            DurableFiles.FlushDirectory(System.IO.Path.GetDirectoryName(Path)!);
        }

        return stream.Length;
    }

    /// <summary>Replays the complete entries after <paramref name="from"/> through a writer; returns the new position.</summary>
    public JournalPosition Replay(JournalPosition from, Lucene.Net.Index.IndexWriter writer) => Replay(
        from,
        article => writer.UpdateDocument(ArticleDocumentMapper.IdTerm(article.Id), ArticleDocumentMapper.ToDocument(article)),
        id => writer.DeleteDocuments(ArticleDocumentMapper.IdTerm(id)));

    /// <summary>
    /// Applies the complete entries after <paramref name="from"/>, in order; returns the position after the
    /// last complete line (a line still being written is left for the next replay). A position of another
    /// epoch — the journal was compacted since — replays the whole journal, which holds the last write of
    /// every id, so the result is the same.
    /// </summary>
    /// <exception cref="InvalidDataException">The journal is shorter than a position of its own epoch.</exception>
    public JournalPosition Replay(JournalPosition from, Action<Article> upsert, Action<string> delete)
    {
        using var stream = OpenForReading();
        if (stream is null)
        {
            return JournalPosition.Start;
        }

        var epoch = JournalHeader.ReadEpoch(stream);
        var offset = string.Equals(epoch, from.Epoch, StringComparison.Ordinal) ? from.Offset : 0;
        if (offset > stream.Length)
        {
            throw new InvalidDataException($"{Path} is shorter ({stream.Length} bytes) than the {offset} bytes an index commit says it holds.");
        }

        stream.Position = offset;
        var bytes = new byte[stream.Length - offset];
        stream.ReadExactly(bytes);
        var complete = Array.LastIndexOf(bytes, (byte)'\n') + 1;
        foreach (var entry in Entries(Encoding.UTF8.GetString(bytes, 0, complete)))
        {
            if (entry.Article is { } article)
            {
                upsert(article);
            }
            else if (entry.Delete is { } id)
            {
                delete(id);
            }
        }

        return new JournalPosition(epoch, offset + complete);
    }

    /// <summary>
    /// Replays the whole journal into a generation being rebuilt and commits, recording how far it read
    /// beside <paramref name="commitData"/>. Returns how many writes it replayed.
    /// </summary>
    public int ReplayInto(ArticleIndexWriter writer, IDictionary<string, string> commitData)
    {
        var replayed = 0;
        var end = Replay(JournalPosition.Start, article => { writer.Upsert(article); replayed++; }, id => { writer.Delete(id); replayed++; });
        writer.Commit(end.ToCommitData(commitData));
        return replayed;
    }

    /// <summary>
    /// Rewrites the journal with only the last write of each id (an upsert, or a delete, which must stay: the
    /// id may be in a source file a rebuild reads), in the order those writes were made, under a new epoch.
    /// Crash-safe: the new file is written beside, flushed and renamed over, and the directory flushed; a
    /// commit that recorded a position of the old epoch replays the whole new file. Only the process that
    /// appends (the holder of the live write lock) may call it. Returns null when nothing was superseded.
    /// </summary>
    public JournalCompaction? Compact()
    {
        using var stream = OpenForReading();
        if (stream is null)
        {
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var lines = Encoding.UTF8.GetString(bytes, 0, Array.LastIndexOf(bytes, (byte)'\n') + 1)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !JournalHeader.IsHeader(line))
            .ToList();
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var entry = Parse(lines[i]) ?? throw new InvalidDataException($"{Path}: an empty entry.");
            last[entry.Article?.Id ?? entry.Delete ?? throw new InvalidDataException($"{Path}: an entry with no article and no id.")] = i;
        }

        if (last.Count == lines.Count)
        {
            return null;
        }

        var epoch = Guid.NewGuid().ToString("N");
        var text = new StringBuilder(JournalHeader.Format(epoch)).Append('\n');
        foreach (var kept in last.Values.Order())
        {
            text.Append(lines[kept]).Append('\n');
        }

        var compacted = Encoding.UTF8.GetBytes(text.ToString());
        DurableFiles.WriteAtomically(Path, compacted);
        return new JournalCompaction(lines.Count, last.Count, bytes.Length, new JournalPosition(epoch, compacted.Length));
    }

    /// <summary>
    /// Cuts a last line that a crash left half-written: it was never acknowledged (an append is flushed before
    /// the write is answered), and appending after it would glue the next entry onto it.
    /// </summary>
    private static void DropTornTail(FileStream stream)
    {
        var end = stream.Length;
        var chunk = new byte[4096];
        for (var position = end; position > 0;)
        {
            var start = Math.Max(0, position - chunk.Length);
            stream.Position = start;
            stream.ReadExactly(chunk, 0, (int)(position - start));
            var newline = Array.LastIndexOf(chunk, (byte)'\n', (int)(position - start) - 1);
            if (newline >= 0)
            {
                if (start + newline + 1 < end)
                {
                    stream.SetLength(start + newline + 1);
                }

                return;
            }

            position = start;
        }

        stream.SetLength(0);
    }

    private FileStream? OpenForReading()
    {
        try
        {
            return new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private IEnumerable<JournalEntry> Entries(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !JournalHeader.IsHeader(line))
            .Select(line => Parse(line) ?? throw new InvalidDataException($"{Path}: an empty entry."));

    private static JournalEntry? Parse(string line) => JsonSerializer.Deserialize<JournalEntry>(line, Json);
}
