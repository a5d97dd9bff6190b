using System.Globalization;
using System.Text;
using System.Text.Json;
using Search.Core.Articles;

namespace Search.Core.Indexing;

/// <summary>
/// Every write the API acknowledged, in order, as JSON lines in <c>live-writes.jsonl</c> under the index
/// root: the articles that came through the API and exist in no source file. A rebuild replays it into
/// the new generation before switching and records how far it read (<see cref="CommitKey"/>); the API
/// replays the rest when it opens that generation. So a rebuild never drops an article posted to the
/// API, before or while it ran. Upserts and deletes are idempotent, so replaying twice changes nothing.
/// </summary>
public sealed class LiveWriteJournal(string indexRoot)
{
    /// <summary>Commit user data: the journal length, in bytes, whose writes the commit holds.</summary>
    public const string CommitKey = "journal";

    public const string FileName = "live-writes.jsonl";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetFullPath(indexRoot), FileName);

    /// <summary>The journal's length in bytes: the offset a commit that holds every write so far records.</summary>
    public long Length => File.Exists(Path) ? new FileInfo(Path).Length : 0;

    /// <summary>Replays the complete entries after <paramref name="from"/> through a writer; returns the new offset.</summary>
    public long Replay(long from, Lucene.Net.Index.IndexWriter writer) => Replay(
        from,
        article => writer.UpdateDocument(ArticleDocumentMapper.IdTerm(article.Id), ArticleDocumentMapper.ToDocument(article)),
        id => writer.DeleteDocuments(ArticleDocumentMapper.IdTerm(id)));

    /// <summary>Appends the entries and flushes them to disk; returns the journal's new length.</summary>
    public long Append(IEnumerable<JournalEntry> entries)
    {
        var text = new StringBuilder();
        foreach (var entry in entries)
        {
            text.Append(JsonSerializer.Serialize(entry, Json)).Append('\n');
        }

        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
        stream.Write(Encoding.UTF8.GetBytes(text.ToString()));
        stream.Flush(flushToDisk: true);
        return stream.Length;
    }

    /// <summary>
    /// Applies the complete entries from byte <paramref name="from"/> on, in order; returns the offset
    /// after the last complete line (a line still being written is left for the next replay).
    /// </summary>
    public long Replay(long from, Action<Article> upsert, Action<string> delete)
    {
        if (!File.Exists(Path))
        {
            return 0;
        }

        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (from > stream.Length)
        {
            throw new InvalidDataException($"{Path} is shorter ({stream.Length} bytes) than the {from} bytes an index commit says it holds.");
        }

        stream.Position = from;
        var bytes = new byte[stream.Length - from];
        stream.ReadExactly(bytes);
        var complete = Array.LastIndexOf(bytes, (byte)'\n') + 1;
        foreach (var line in Encoding.UTF8.GetString(bytes, 0, complete).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var entry = JsonSerializer.Deserialize<JournalEntry>(line, Json)
                ?? throw new InvalidDataException($"{Path}: an empty entry.");
            if (entry.Article is { } article)
            {
                upsert(article);
            }
            else if (entry.Delete is { } id)
            {
                delete(id);
            }
        }

        return from + complete;
    }

    /// <summary>
    /// Replays the whole journal into a generation being rebuilt and commits, recording how far it read
    /// beside <paramref name="commitData"/>. Returns how many writes it replayed.
    /// </summary>
    public int ReplayInto(ArticleIndexWriter writer, IDictionary<string, string> commitData)
    {
        var replayed = 0;
        var offset = Replay(0, article => { writer.Upsert(article); replayed++; }, id => { writer.Delete(id); replayed++; });
        var data = new Dictionary<string, string>(commitData, StringComparer.Ordinal) { [CommitKey] = Format(offset) };
        writer.Commit(data);
        return replayed;
    }

    /// <summary>The offset a commit's user data records, or null when the commit says nothing about the journal.</summary>
    public static long? OffsetOf(IDictionary<string, string> commitData) =>
        commitData.TryGetValue(CommitKey, out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            ? offset
            : null;

    public static string Format(long offset) => offset.ToString(CultureInfo.InvariantCulture);
}
