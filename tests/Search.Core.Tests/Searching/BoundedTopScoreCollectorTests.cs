using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

/// <summary>
/// The top hits collector that leaves unscored the matches that cannot reach the top (<see cref="BoundedTopScoreCollector"/>)
/// keeps exactly the hits, scores, totals and maximum that Lucene's own collector sorting by score, then newest, then id
/// keeps, from the first page and after a cursor, with the recency boost and under a filter; and no match ever scores
/// above its bound (<see cref="ScoreBound"/>).
/// </summary>
public sealed class BoundedTopScoreCollectorTests : IDisposable
{
    private readonly TemporaryIndex index = new(Fixtures.Newsroom().Concat(Riverside()));

    public static TheoryData<string> Queries { get; } =
    [
        "jembatan", "sungai", "jembatan OR sungai", "sungai OR warga OR pasar", "jembatan sungai", "\"jembatan baru\" OR pasar",
        "rina halim", "jembatan -pasar", "title:jembatan", "warga pasar sungai",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void KeepsTheHitsLucenesCollectorKeepsSortedByScoreThenNewestThenId(string text)
    {
        var query = new UserQueryBuilder(index.Analyzer).Build(text);
        var filtered = SearchFilters.Combine(query, SearchFilters.Of(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["source"] = ["warta-harian.com"] } }));

        index.Index.Use(searcher =>
        {
            foreach (var ranked in new[] { query, RecencyBoost.Wrap(query, searcher), filtered })
            {
                var all = Lucene(searcher, ranked);
                Assert.NotEmpty(all.ScoreDocs);
                foreach (var wanted in new[] { 1, 3, 10 })
                {
                    var top = Bounded(searcher, ranked, wanted, null);
                    Assert.Equal(Line(all.ScoreDocs.Take(wanted)), Line(top.ScoreDocs));
                    Assert.Equal(all.TotalHits, top.TotalHits);
                    Assert.Equal(all.MaxScore, top.MaxScore);
                    foreach (var cut in new[] { 0, 1, 4 }.Where(c => c < all.ScoreDocs.Length))
                    {
                        var after = Cursor(searcher, all.ScoreDocs[cut]);
                        Assert.Equal(Line(all.ScoreDocs.Skip(cut + 1).Take(wanted)), Line(Bounded(searcher, ranked, wanted, after).ScoreDocs));
                    }
                }
            }
            return 0;
        });
    }

    [Fact]
    public void EqualScoresRankTheNewerArticleFirstThenTheSmallerIdWhateverOrderTheyWereIndexedIn()
    {
        index.Index.Use(searcher =>
        {
            var query = new UserQueryBuilder(index.Analyzer).Build("apung");
            var top = Bounded(searcher, query, 10, null);

            Assert.Equal(5, top.TotalHits);
            Assert.Single(top.ScoreDocs.Select(hit => hit.Score).Distinct());
            Assert.Equal(["p5", "p2", "p4", "p1", "p3"], top.ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get(IndexSchema.Id)).ToArray());
            var rest = Bounded(searcher, query, 10, Cursor(searcher, top.ScoreDocs[2]));
            Assert.Equal(["p1", "p3"], rest.ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get(IndexSchema.Id)).ToArray());
            return 0;
        });
    }

    /// <summary>Each query, and whether its scorer tree has at most <see cref="ScoreBound.MaxLeaves"/> leaves in this index (terms it lacks have none).</summary>
    public static TheoryData<string, bool> Bounds { get; } = new()
    {
        { "jembatan", true }, { "sungai", true }, { "jembatan OR sungai", true }, { "sungai OR warga OR pasar", true },
        { "\"jembatan baru\" OR pasar", true }, { "rina halim", true }, { "jembatan -pasar", true }, { "title:jembatan", true },
        { "jembatan sungai", false }, { "warga pasar sungai", false },
    };

    [Theory]
    [MemberData(nameof(Bounds))]
    public void NoMatchScoresAboveItsBound(string text, bool bounded)
    {
        var query = new UserQueryBuilder(index.Analyzer).Build(text);
        index.Index.Use(searcher =>
        {
            foreach (var ranked in new[] { query, RecencyBoost.Wrap(query, searcher) })
            {
                var check = new BoundCheck(searcher.Similarity);
                searcher.Search(ranked, check);
                Assert.True(check.Matches > 0);
                Assert.Equal(bounded ? check.Matches : 0, check.Bounded);
                Assert.All(check.Scores, s => Assert.True(s.Score <= s.Bound, $"{s.Score} > {s.Bound}"));
            }
            return 0;
        });
    }

    [Fact]
    public void MatchesOfACommonWordAloneAreNotScoredOnceTheRareWordFillsTheTop()
    {
        index.Index.Use(searcher =>
        {
            var query = new UserQueryBuilder(index.Analyzer).Build("kincir OR sungai");
            var bounded = new BoundedTopScoreCollector(2, null, searcher);
            searcher.Search(query, bounded);

            // Two newsroom articles name the river (a1, a3) and fill the top; the windmill articles (k1, k2) outrank them,
            // and then every article that has only the river (s0..s29) falls below both.
            var top = bounded.GetTopDocs();
            Assert.Equal(["k1", "k2"], top.ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get(IndexSchema.Id)).Order().ToArray());
            Assert.Equal(2 + 2 + 30, top.TotalHits);
            Assert.Equal(30, bounded.Unscored);
            return 0;
        });
    }

    [Fact]
    public void TheIndexSimilarityAddsClausesWithoutACoordFactor()
    {
        // ScoreBound sums its clauses' bounds as the index's BM25 sums their scores: with a coord factor of 1.
        Assert.All(Enumerable.Range(0, 6), overlap => Assert.Equal(1f, ExactLengthBm25Similarity.Instance.Coord(overlap, 5)));
    }

    public void Dispose() => index.Dispose();

    /// <summary>Every match in Lucene's own order by score, then newest, then id (the order the collector promises).</summary>
    private static TopDocs Lucene(IndexSearcher searcher, Query query)
    {
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(IndexSchema.PublishedSort, SortFieldType.INT64, true), new SortField(IndexSchema.Id, SortFieldType.STRING));
        var collector = TopFieldCollector.Create(sort, searcher.IndexReader.MaxDoc, false, true, true, true);
        searcher.Search(query, collector);
        return collector.GetTopDocs();
    }

    private static TopDocs Bounded(IndexSearcher searcher, Query query, int wanted, SearchCursor? after)
    {
        var collector = new BoundedTopScoreCollector(wanted, after, searcher);
        searcher.Search(query, collector);
        return collector.GetTopDocs();
    }

    /// <summary>The cursor after a hit, as a page ending at it writes one.</summary>
    private static SearchCursor Cursor(IndexSearcher searcher, ScoreDoc hit)
    {
        var doc = searcher.Doc(hit.Doc);
        var published = DateTimeOffset.Parse(doc.Get(IndexSchema.Published), CultureInfo.InvariantCulture);
        return new SearchCursor(SearchSort.Relevance, hit.Score, published.ToUnixTimeMilliseconds(), doc.Get(IndexSchema.Id));
    }

    private static string Line(IEnumerable<ScoreDoc> hits) => string.Join(' ', hits.Select(hit => $"{hit.Doc}:{BitConverter.SingleToInt32Bits(hit.Score)}"));

    /// <summary>
    /// Two articles about a windmill by a river, then thirty about the river alone, at different lengths and counts;
    /// then five reports of one floating market worded alike (equal scores), indexed neither by date nor by id.
    /// </summary>
    private static IEnumerable<Article> Riverside()
    {
        foreach (var (id, published) in new[] { ("p3", "2024-07-01"), ("p5", "2024-07-03"), ("p1", "2024-07-01"), ("p4", "2024-07-02"), ("p2", "2024-07-02") })
        {
            yield return Fixtures.Article(id, "Kabar pagi", "Pasar apung dibuka lagi.", published + "T08:00:00+07:00");
        }
        yield return Fixtures.Article("k1", "Kincir air", "Kincir kincir di tepi sungai berputar lagi.", "2024-05-01T08:00:00+07:00");
        yield return Fixtures.Article("k2", "Kincir tua", "Kincir tua itu diperbaiki warga.", "2024-05-02T08:00:00+07:00", source: "warta-harian.com");
        var words = new[] { "warga", "pasar", "jembatan", "hujan", "perahu" };
        for (var i = 0; i < 30; i++)
        {
            var body = string.Join(' ', Enumerable.Range(0, 1 + (i % 4)).Select(_ => "sungai").Concat(Enumerable.Range(0, i % 7).Select(j => words[(i + j) % words.Length])));
            yield return Fixtures.Article(
                "s" + i.ToString(CultureInfo.InvariantCulture),
                i % 5 == 0 ? "Sungai meluap" : "Kabar kampung",
                body + ".",
                $"2024-06-{1 + i:00}T08:00:00+07:00",
                source: i % 2 == 0 ? "kabarnusa.id" : "warta-harian.com");
        }
    }

    /// <summary>Each match's score and its bound, the bound worked out before the score (as the collector does).</summary>
    private sealed class BoundCheck(Lucene.Net.Search.Similarities.Similarity similarity) : ICollector
    {
        private Scorer? scorer;
        private ScoreBound? bound;

        public List<(float Score, float Bound)> Scores { get; } = [];

        public int Matches { get; private set; }

        public int Bounded { get; private set; }

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer)
        {
            this.scorer = scorer;
            bound = ScoreBound.For(scorer, similarity);
        }

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc)
        {
            Matches++;
            if (bound is null)
            {
                return;
            }
            Bounded++;
            var most = bound.Of(doc);
            Scores.Add((scorer!.GetScore(), most));
        }
    }
}
