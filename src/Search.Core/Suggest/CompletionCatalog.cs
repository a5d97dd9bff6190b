using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Suggest;

/// <summary>
/// Everything autocomplete needs from one searcher generation, in memory: distinct headlines in
/// order of popularity, a sorted dictionary of their folded words with the headlines each occurs in,
/// and the person and topic facet values with their article counts. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A headline's popularity is how common its words are among all headlines (the mean log count of
/// headlines sharing each word of three letters or more): headlines about what the archive covers
/// most come first, the newest first among equals. Persons and topics rank by article count.
/// </remarks>
public sealed class CompletionCatalog
{
    /// <summary>Above this many postings for a lone prefix, headlines are scanned in rank order instead.</summary>
    private const int ScanThreshold = 4096;

    private const int MinSignificantWord = 3;

    private readonly TitleSuggestion[] _titles;
    private readonly string[][] _titleWords;
    private readonly string[] _words;
    private readonly int[][] _postings;
    private readonly long[] _cumulative;
    private readonly NamedCount[] _persons;
    private readonly NamedCount[] _topics;

    private CompletionCatalog(List<(TitleSuggestion Title, string[] Words)> ranked, NamedCount[] persons, NamedCount[] topics)
    {
        _titles = ranked.Select(t => t.Title).ToArray();
        _titleWords = ranked.Select(t => t.Words).ToArray();
        var postings = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _titleWords.Length; i++)
        {
            foreach (var word in _titleWords[i])
            {
                if (!postings.TryGetValue(word, out var list))
                {
                    postings[word] = list = [];
                }

                list.Add(i);
            }
        }

        _words = postings.Keys.ToArray();
        _postings = postings.Values.Select(list => list.ToArray()).ToArray();
        _cumulative = new long[_words.Length + 1];
        for (var i = 0; i < _postings.Length; i++)
        {
            _cumulative[i + 1] = _cumulative[i] + _postings[i].Length;
        }

        _persons = persons;
        _topics = topics;
    }

    /// <summary>Distinct headlines.</summary>
    public int TitleCount => _titles.Length;

    /// <summary>Reads the catalog of a searcher's index.</summary>
    public static CompletionCatalog Build(IndexSearcher searcher)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var newest = new Dictionary<string, (TitleSuggestion Title, long Published)>(StringComparer.Ordinal);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var segment = SegmentTitles.Of(leaf.AtomicReader);
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < segment.Titles.Length; doc++)
            {
                if ((live is not null && !live.Get(doc)) || segment.Titles[doc] is not { Length: > 0 } title || segment.Ids[doc] is not { } id)
                {
                    continue;
                }

                var key = TextFolding.Fold(title.Trim());
                if (!newest.TryGetValue(key, out var known) || known.Published < segment.Published[doc])
                {
                    newest[key] = (new TitleSuggestion(id, title.Trim()), segment.Published[doc]);
                }
            }
        }

        var titles = newest.Values.Select(t => (t.Title, t.Published, Words: TextFolding.Words(t.Title.Title).Distinct().ToArray())).ToList();
        var titlesWithWord = titles.SelectMany(t => t.Words).CountBy(w => w).ToDictionary(StringComparer.Ordinal);
        var ranked = titles
            .Select(t => (t.Title, t.Words, t.Published, Popularity: Popularity(t.Words, titlesWithWord)))
            .OrderByDescending(t => t.Popularity)
            .ThenByDescending(t => t.Published)
            .ThenBy(t => t.Title.Id, StringComparer.Ordinal)
            .Select(t => (t.Title, t.Words))
            .ToList();

        using var counter = new FacetCountingCollector([FacetDimensions.Person, FacetDimensions.Topic]);
        searcher.Search(new MatchAllDocsQuery(), counter);
        return new CompletionCatalog(ranked, Named(counter.CountsOf(FacetDimensions.Person).ToDictionary()), Named(counter.CountsOf(FacetDimensions.Topic).ToDictionary()));
    }

    /// <summary>Up to <paramref name="size"/> headlines, persons and topics whose words start with the typed words.</summary>
    public Completions Complete(string text, int size)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prefixes = TextFolding.Words(text).Distinct().ToArray();
        if (prefixes.Length == 0 || size <= 0)
        {
            return Completions.None;
        }

        return new Completions(
            Titles(prefixes, size),
            _persons.Where(p => p.Matches(prefixes)).Take(size).Select(p => new FacetCount(p.Value, p.Count)).ToList(),
            _topics.Where(t => t.Matches(prefixes)).Take(size).Select(t => new FacetCount(t.Value, t.Count)).ToList());
    }

    private List<TitleSuggestion> Titles(string[] prefixes, int size)
    {
        var ranges = prefixes.Select(Range).OrderBy(r => _cumulative[r.End] - _cumulative[r.Start]).ToArray();
        var found = new List<TitleSuggestion>(size);
        if (_cumulative[ranges[0].End] == _cumulative[ranges[0].Start])
        {
            return found;
        }

        // One common prefix: headlines in rank order match densely, so the scan stops early.
        if (ranges.Length == 1 && _cumulative[ranges[0].End] - _cumulative[ranges[0].Start] > ScanThreshold)
        {
            for (var ordinal = 0; ordinal < _titles.Length && found.Count < size; ordinal++)
            {
                if (PrefixMatch.All(_titleWords[ordinal], prefixes))
                {
                    found.Add(_titles[ordinal]);
                }
            }

            return found;
        }

        // Otherwise the headlines of the two rarest prefixes, intersected, then checked against all.
        var candidates = Headlines(ranges[0]);
        if (ranges.Length > 1)
        {
            candidates.And(Headlines(ranges[1]));
        }

        for (var ordinal = 0; ordinal < _titles.Length && found.Count < size; ordinal++)
        {
            if (candidates[ordinal] && PrefixMatch.All(_titleWords[ordinal], prefixes))
            {
                found.Add(_titles[ordinal]);
            }
        }

        return found;
    }

    /// <summary>The headlines that have a word in the range, as a set of ordinals.</summary>
    private System.Collections.BitArray Headlines((int Start, int End) range)
    {
        var set = new System.Collections.BitArray(_titles.Length);
        for (var w = range.Start; w < range.End; w++)
        {
            foreach (var ordinal in _postings[w])
            {
                set[ordinal] = true;
            }
        }

        return set;
    }

    /// <summary>The words starting with a prefix: a contiguous range of the sorted dictionary.</summary>
    private (int Start, int End) Range(string prefix)
    {
        var start = LowerBound(prefix);
        var end = LowerBound(prefix + char.MaxValue);
        return (start, end);
    }

    private int LowerBound(string key)
    {
        int low = 0, high = _words.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(_words[middle], key) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static double Popularity(string[] words, Dictionary<string, int> titlesWithWord)
    {
        var significant = words.Where(w => w.Length >= MinSignificantWord).ToArray();
        return significant.Length == 0 ? 0 : significant.Average(w => Math.Log(titlesWithWord[w]));
    }

    private static NamedCount[] Named(IReadOnlyDictionary<string, int> counts) =>
        counts.Select(c => new NamedCount(c.Key, TextFolding.Words(c.Key), c.Value))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Value, StringComparer.Ordinal)
            .ToArray();
}
