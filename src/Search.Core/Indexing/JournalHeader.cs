using System.Text;

namespace Search.Core.Indexing;

/// <summary>
/// The first line of a compacted <see cref="LiveWriteJournal"/>: <c>{"epoch":"…"}</c>, naming the file's
/// epoch. A journal that was never compacted has no header and the empty epoch. Older readers skip the
/// line: it is neither an upsert nor a delete.
/// </summary>
internal static class JournalHeader
{
    private const string Prefix = "{\"epoch\":\"";
    private const int MaxLength = 128;

    public static string Format(string epoch) => Prefix + epoch + "\"}";

    public static bool IsHeader(string line) => line.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The epoch named by the stream's first line, or the empty epoch; leaves the stream at its start.</summary>
    public static string ReadEpoch(Stream stream)
    {
        stream.Position = 0;
        var head = new byte[MaxLength];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var text = Encoding.UTF8.GetString(head, 0, read);
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        if (end < 0 || !IsHeader(text))
        {
            return string.Empty;
        }

        var close = text.IndexOf('"', Prefix.Length);
        return close > Prefix.Length && close < end ? text[Prefix.Length..close] : string.Empty;
    }
}
