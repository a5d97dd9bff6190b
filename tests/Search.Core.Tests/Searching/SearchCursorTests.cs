using System.Buffers.Text;
using System.Text;
using Search.Core.Articles;
using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

/// <summary>A cursor holds sort values, not document numbers (<see cref="SearchCursor"/>, <see cref="RelevanceOrder"/>).</summary>
public sealed class SearchCursorTests
{
    [Fact]
    public void ARelevanceCursorContinuesAtTheSameHitInAnIndexWrittenInAnotherOrder()
    {
        // Six reports that score alike for the query: two on each of three days.
        var articles = new[] { ("r1", 3, "dibuka"), ("r2", 1, "ramai"), ("r3", 2, "dipadati"), ("r4", 3, "diserbu"), ("r5", 1, "dikunjungi"), ("r6", 2, "didatangi") }
            .Select(a => Fixtures.Article(a.Item1, "Kabar pagi", $"Pasar apung {a.Item3} lagi.", $"2024-07-0{a.Item2}T08:00:00+07:00"))
            .ToList();
        using var forward = new TemporaryIndex(articles);
        using var backward = new TemporaryIndex(Enumerable.Reverse(articles));

        var first = forward.Searcher.Search(new SearchRequest { Query = "pasar apung", Size = 3 });
        Assert.Single(first.Hits.Select(h => h.Score).Distinct());
        Assert.Equal(["r1", "r4", "r3"], first.Hits.Select(h => h.Id));
        var token = first.Next!.Encode();
        Assert.True(SearchCursor.TryDecode(token, out var cursor));

        foreach (var index in new[] { forward, backward })
        {
            var next = index.Searcher.Search(new SearchRequest { Query = "pasar apung", Size = 3, After = cursor });
            Assert.Equal(["r6", "r2", "r5"], next.Hits.Select(h => h.Id));
        }
        Assert.Equal(["r1", "r4", "r3", "r6", "r2", "r5"], backward.Searcher.Search(new SearchRequest { Query = "pasar apung", Size = 6 }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void AQueryOfStopWordsAloneRanksNewestThenByIdAcrossPages()
    {
        // Every article matches with one score; two on each of three days, at the same minute.
        var articles = new[] { ("r4", 3), ("r2", 1), ("r6", 2), ("r1", 3), ("r5", 1), ("r3", 2) }
            .Select(a => Fixtures.Article(a.Item1, "Kabar pagi", "Pasar apung dibuka lagi.", $"2024-07-0{a.Item2}T08:00:00+07:00"))
            .ToList();
        using var index = new TemporaryIndex(articles);

        var pages = new List<List<string>>();
        var scores = new HashSet<float>();
        SearchCursor? after = null;
        for (var page = 0; page < 3; page++)
        {
            var result = index.Searcher.Search(new SearchRequest { Query = "yang dan", Size = 2, After = after });
            Assert.Equal(6, result.Total);
            pages.Add(result.Hits.Select(h => h.Id).ToList());
            scores.UnionWith(result.Hits.Select(h => h.Score));
            Assert.True(result.Next is null || SearchCursor.TryDecode(result.Next.Encode(), out after));
            after = result.Next is null ? null : after;
        }

        Assert.Equal([["r1", "r4"], ["r3", "r6"], ["r2", "r5"]], pages);
        Assert.Single(scores);
        Assert.Equal(SearchSort.Relevance, after?.Sort ?? SearchSort.Relevance);
        Assert.Equal(pages.SelectMany(p => p), index.Searcher.Search(new SearchRequest { Query = "yang", Size = 6, Sort = SearchSort.Newest }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void ATokenHandedOutWithADocumentNumberStillReads()
    {
        var before = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"0\n{BitConverter.SingleToInt32Bits(2.5f)}\n8459\n1697677500000\nbench-0016478"));

        Assert.True(SearchCursor.TryDecode(before, out var cursor));
        Assert.Equal(new SearchCursor(SearchSort.Relevance, 2.5f, 1697677500000, "bench-0016478"), cursor);
        Assert.True(SearchCursor.TryDecode(cursor!.Encode(), out var again));
        Assert.Equal(cursor, again);
    }
}
