using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.Discovery;

namespace Search.Core.Tests.Searching;

/// <summary>
/// A search split into document ranges searched at once (<c>SearchOptions.SplitSearchFromDocuments</c>) answers
/// exactly as one pass does: the same hits with the same scores and copy counts, totals, facet counts and
/// cursors. The index has at least two segments (the discovery newsroom with its near-duplicate bridge copies,
/// then the search newsroom in a second run, which flushes one segment per indexing thread that took part) and
/// is split into three ranges, so ranges cut through a segment and cross from one segment into the next.
/// </summary>
public sealed class SplitSearchTests : IDisposable
{
    private readonly DiscoveryIndex index = DiscoveryIndex.Of(DiscoveryFixtures.All);
    private readonly SearchIndex splitIndex;
    private readonly ArticleSearcher split;

    public SplitSearchTests()
    {
        index.Write(Fixtures.Newsroom());
        splitIndex = new SearchIndex(
            Options.Create(new SearchOptions { IndexPath = index.Path, SplitSearchFromDocuments = 0, SplitSearchParts = 3 }),
            NullLogger<SearchIndex>.Instance);
        split = new ArticleSearcher(splitIndex, index.Analyzer);
    }

    public static TheoryData<string> Requests { get; } =
    [
        "q=jembatan", "q=jembatan&page=2&size=2", "q=jembatan&sort=newest", "q=jembatan&sort=oldest&size=1",
        "q=rina halim", "q=vaksinasi OR jembatan&size=3&page=2", "q=menteri&topic=kesehatan", "q=&source=kabarnusa.id&sort=newest",
        "q=&from=2025-03-03&to=2025-03-09&sort=oldest", "q=banjir&person=Rina Halim&topic=daerah", "q=saham&recency=true",
        "q=jembatn lamo", "q=", "q=timnas&size=1&page=3",
    ];

    [Fact]
    public void TheIndexHasSeveralSegmentsSplitIntoThreeRanges()
    {
        Assert.InRange(splitIndex.Use(searcher => searcher.IndexReader.Leaves.Count), 2, 3);
        Assert.Equal(3, splitIndex.SplitParts);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void SplitSearchAnswersAsOnePass(string request)
    {
        var parsed = Parse(request);

        Assert.Equal(Describe(index.Searcher.Search(parsed)), Describe(split.Search(parsed)));
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void SplitSearchCursorsWalkTheSameHits(string request)
    {
        var parsed = Parse(request) with { Size = 1, Page = 1 };
        var one = Walk(index.Searcher, parsed);

        Assert.Equal(one, Walk(split, parsed));
    }

    public void Dispose()
    {
        splitIndex.Dispose();
        index.Dispose();
    }

    private static List<string> Walk(ArticleSearcher searcher, SearchRequest request)
    {
        var shown = new List<string>();
        SearchCursor? after = null;
        do
        {
            var page = searcher.Search(request with { After = after });
            shown.AddRange(page.Hits.Select(h => h.Id));
            after = page.Next;
        }
        while (after is not null && shown.Count < 30);
        return shown;
    }

    private static string Describe(SearchResult result) =>
        $"{result.Total} | {string.Join(", ", result.Hits.Select(h => $"{h.Id} {h.Score:R} +{h.Duplicates} {h.Snippet}"))} | " +
        string.Join("; ", result.Facets.Select(f => $"{f.Key}: {string.Join(",", f.Value.Select(v => $"{v.Value}={v.Count}"))}")) +
        $" | next {result.Next} | {result.Suggestion}";

    private static SearchRequest Parse(string request)
    {
        var fields = request.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var dimension in new[] { "topic", "person", "source" }.Where(fields.ContainsKey))
        {
            filters[dimension] = [fields[dimension]];
        }
        return new SearchRequest
        {
            Query = fields["q"],
            Filters = filters,
            From = fields.TryGetValue("from", out var from) ? DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture) : null,
            To = fields.TryGetValue("to", out var to) ? DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture) : null,
            Sort = fields.TryGetValue("sort", out var sort) ? Enum.Parse<SearchSort>(sort, ignoreCase: true) : SearchSort.Relevance,
            Recency = fields.ContainsKey("recency"),
            Page = fields.TryGetValue("page", out var page) ? int.Parse(page, System.Globalization.CultureInfo.InvariantCulture) : 1,
            Size = fields.TryGetValue("size", out var size) ? int.Parse(size, System.Globalization.CultureInfo.InvariantCulture) : 10,
        };
    }
}
