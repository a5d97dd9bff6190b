using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Search.Core.Searching;

/// <summary>
/// Did-you-mean answers already worked out on one index snapshot. On the same reader, the same words
/// with the same filters always get the same suggestion, and working one out costs Levenshtein automata
/// over the term dictionary and several counting searches, so a repeated query pays once. Entries live
/// as long as their reader: a refresh starts afresh. At most <see cref="MaxEntries"/> per reader.
/// </summary>
public sealed class SuggestionCache
{
    public const int MaxEntries = 20_000;

    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, string?>> byReader = new();

    public string? GetOrAdd(IndexReader reader, SearchRequest request, Func<string?> suggest)
    {
        var entries = byReader.GetValue(reader, _ => new ConcurrentDictionary<string, string?>(StringComparer.Ordinal));
        var key = Key(request);
        if (entries.TryGetValue(key, out var known))
        {
            return known;
        }
        var suggestion = suggest();
        if (entries.Count < MaxEntries)
        {
            entries.TryAdd(key, suggestion);
        }
        return suggestion;
    }

    /// <summary>What a suggestion depends on besides the reader: the words and every filter.</summary>
    private static string Key(SearchRequest request) => string.Join('\u001f',
        request.Filters.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Key + "=" + string.Join('\u001e', f.Value))
            .Prepend(request.From?.ToString("O", CultureInfo.InvariantCulture) + ".." + request.To?.ToString("O", CultureInfo.InvariantCulture))
            .Prepend(request.Query));
}
