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
    public void ATokenHandedOutWithADocumentNumberStillReads()
    {
        var before = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"0\n{BitConverter.SingleToInt32Bits(2.5f)}\n8459\n1697677500000\nbench-0016478"));

        Assert.True(SearchCursor.TryDecode(before, out var cursor));
        Assert.Equal(new SearchCursor(SearchSort.Relevance, 2.5f, 1697677500000, "bench-0016478"), cursor);
        Assert.True(SearchCursor.TryDecode(cursor!.Encode(), out var again));
        Assert.Equal(cursor, again);
    }
}
