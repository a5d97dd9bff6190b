using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Articles;
using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

/// <summary>
/// The disjunctions a user query is built of (<see cref="LazyDisjunctionQuery"/>, <see cref="LazyDisjunctionMaxQuery"/>)
/// match the same documents with bit-identical scores as the same tree of Lucene's own BooleanQuery and
/// DisjunctionMaxQuery, alone, inside conjunctions (which advance them) and under a filter.
/// </summary>
public sealed class LazyDisjunctionTests : IDisposable
{
    private readonly TemporaryIndex index = new(Fixtures.Newsroom().Concat(Bridges()));

    public static TheoryData<string> Queries { get; } =
    [
        "jembatan", "jembatan OR timnas", "jembatan sungai", "jembatan OR saham OR timnas OR anggaran", "\"jembatan baru\" OR saham",
        "rina halim", "title:jembatan", "jembatan -timnas", "sungai lamo jembatan warga",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void LazyDisjunctionsMatchAndScoreAsLucenesOwnScorers(string text)
    {
        var lazy = new UserQueryBuilder(index.Analyzer).Build(text);
        var plain = LuceneDisjunctions.Of(lazy);

        Assert.True(LazyNodes(lazy) > 0);
        Assert.Equal(0, LazyNodes(plain));
        var expected = Scored(plain);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Scored(lazy));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void LazyDisjunctionsUnderAFilterMatchAndScoreAsLucenesOwnScorers(string text)
    {
        var lazy = new UserQueryBuilder(index.Analyzer).Build(text);
        var filters = SearchFilters.Of(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["source"] = ["warta-harian.com"] } });

        Assert.Equal(Scored(SearchFilters.Combine(LuceneDisjunctions.Of(lazy), filters)), Scored(SearchFilters.Combine(lazy, filters)));
    }

    [Fact]
    public void ACopyOfALazyDisjunctionStaysLazy()
    {
        var query = new LazyDisjunctionQuery { { new TermQuery(new Term("a", "x")), Occur.SHOULD }, { new TermQuery(new Term("b", "x")), Occur.SHOULD } };

        Assert.IsType<LazyDisjunctionQuery>(query.Clone());
        Assert.Equal(query.ToString(), LuceneDisjunctions.Of(query).ToString());
    }

    public void Dispose() => index.Dispose();

    /// <summary>Every match in document order with its score's bits.</summary>
    private List<string> Scored(Query query) => index.Index.Use(searcher =>
    {
        var all = new AllScores();
        searcher.Search(query, all);
        return all.Matches;
    });

    private static int LazyNodes(Query query) => query switch
    {
        LazyDisjunctionMaxQuery max => 1 + max.Disjuncts.Sum(LazyNodes),
        LazyDisjunctionQuery lazy => 1 + lazy.Clauses.Sum(c => LazyNodes(c.Query)),
        BooleanQuery boolean => boolean.Clauses.Sum(c => LazyNodes(c.Query)),
        DisjunctionMaxQuery max => max.Disjuncts.Sum(LazyNodes),
        _ => 0,
    };

    /// <summary>Articles with the query words in the headline, the body or both, at different lengths and counts.</summary>
    private static IEnumerable<Article> Bridges() =>
    [
        Fixtures.Article("b1", "Jembatan", "Sebuah kabar pendek tentang cuaca.", "2024-03-01T08:00:00+07:00"),
        Fixtures.Article("b2", "Kabar sungai", "Jembatan jembatan jembatan di sungai itu dicat ulang oleh warga kampung.", "2024-03-02T08:00:00+07:00", source: "warta-harian.com"),
        Fixtures.Article("b3", "Timnas dan jembatan", "Timnas berlatih di dekat jembatan. Saham klub naik. Anggaran latihan dibahas panjang lebar oleh pengurus, pelatih, pemain dan warga yang datang menonton sore itu.", "2024-03-03T08:00:00+07:00", source: "warta-harian.com"),
        Fixtures.Article("b4", "Sungai Lamo meluap", "Air sungai meluap hingga menyentuh lantai jembatan lama di Lamo.", "2024-03-04T08:00:00+07:00"),
    ];

    private sealed class AllScores : ICollector
    {
        private Scorer? scorer;
        private int docBase;

        public List<string> Matches { get; } = [];

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => this.scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

        public void Collect(int doc) => Matches.Add($"{docBase + doc}:{BitConverter.SingleToInt32Bits(scorer!.GetScore())}");
    }
}
