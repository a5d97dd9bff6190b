using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

public sealed class FacetCountTests : IDisposable
{
    private readonly TemporaryIndex index = new(Fixtures.Newsroom());

    [Fact]
    public void FacetCountsOverAllArticlesEqualCountsComputedFromTheArticles()
    {
        var result = index.Searcher.Search(new SearchRequest());

        Assert.Equal(6, result.Total);
        Assert.Equal([new("daerah", 2), new("ekonomi", 2), new("olahraga", 2)], result.Facets["topic"]);
        Assert.Equal([new("Rina Halim", 4), new("Bayu Santoso", 2), new("Tono Wibisono", 1)], result.Facets["person"]);
        Assert.Equal([new("kabarnusa.id", 3), new("warta-harian.com", 3)], result.Facets["source"]);
        Assert.Equal([new("2024", 3), new("2025", 3)], result.Facets["year"]);
        Assert.Equal([new("2024-01", 1), new("2024-02", 2), new("2025-03", 2), new("2025-04", 1)], result.Facets["month"]);
    }

    [Fact]
    public void FacetsAreListedInTheDocumentedDimensionOrder()
    {
        var result = index.Searcher.Search(new SearchRequest());

        Assert.Equal(["topic", "person", "source", "month", "year", "org", "place"], result.Facets.Keys);
    }

    [Fact]
    public void TickedTopicKeepsTheOtherTopicCountsButNarrowsOtherDimensions()
    {
        var result = index.Searcher.Search(Filtered("topic", "daerah"));

        Assert.Equal(2, result.Total);
        Assert.Equal([new("daerah", 2), new("ekonomi", 2), new("olahraga", 2)], result.Facets["topic"]);
        Assert.Equal([new("kabarnusa.id", 1), new("warta-harian.com", 1)], result.Facets["source"]);
        Assert.Equal([new("Rina Halim", 2)], result.Facets["person"]);
    }

    [Fact]
    public void TwoValuesOfOneDimensionAreOredAndDimensionsAreAnded()
    {
        var request = new SearchRequest
        {
            Filters = new Dictionary<string, IReadOnlyList<string>>
            {
                ["topic"] = ["daerah", "olahraga"],
                ["source"] = ["kabarnusa.id"],
            },
        };

        var result = index.Searcher.Search(request);

        Assert.Equal(["a1", "a4"], result.Hits.Select(h => h.Id).Order());
        Assert.Equal([new("daerah", 1), new("ekonomi", 1), new("olahraga", 1)], result.Facets["topic"]);
        Assert.Equal([new("kabarnusa.id", 2), new("warta-harian.com", 2)], result.Facets["source"]);
    }

    [Fact]
    public void PersonFilterIgnoresCase()
    {
        var result = index.Searcher.Search(Filtered("person", "rina halim"));

        Assert.Equal(["a1", "a3", "a4", "a5"], result.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void SelectedValueWithNoMatchesStillAppearsInItsFacet()
    {
        var result = index.Searcher.Search(new SearchRequest
        {
            Query = "saham",
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["Bayu Santoso"] },
        });

        Assert.Equal(0, result.Total);
        Assert.Equal([new("Bayu Santoso", 0)], result.Facets["person"]);
    }

    [Fact]
    public void CountsOverSeveralSegmentsAreTheCountsOfOneSegment()
    {
        using var counting = new TwoSegmentCount(Fixtures.Newsroom(), firstSegment: 2);
        var counter = counting.Counter;

        var persons = counter.CountsOf(FacetDimensions.Person);
        Assert.Equal([new("Rina Halim", 4), new("Bayu Santoso", 2)], persons.Top(2));
        Assert.Equal([new("Bayu Santoso", 2), new("Rina Halim", 4), new("Tono Wibisono", 1)], persons.InValueOrder());
        Assert.Equal(new FacetCount("Tono Wibisono", 1), persons.Find("tono wibisono", StringComparison.OrdinalIgnoreCase));
        Assert.Equal([new("2024-01", 1), new("2024-02", 2), new("2025-03", 2), new("2025-04", 1)], counter.CountsOf(FacetDimensions.Month).InValueOrder());
    }

    [Fact]
    public void CountsOfManyMatchesOverSegmentsAreTheArticlesCounts()
    {
        // More matches than one run of the counter (FacetCountingCollector.Run) in each of two segments, the first
        // segment ending part way through a run.
        var articles = Enumerable.Range(0, 1_300).Select(i => Fixtures.Article(
            "m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "Kabar " + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "Isi kabar hari ini.",
            $"2024-{1 + (i % 12):00}-15T08:00:00+07:00",
            persons: [.. i % 3 == 0 ? new[] { "Rina Halim" } : [], .. i % 5 == 0 ? new[] { "Bayu Santoso" } : []])).ToList();
        using var counting = new TwoSegmentCount(articles, firstSegment: 700);
        var counter = counting.Counter;

        Assert.Equal([new("Bayu Santoso", 260), new("Rina Halim", 434)], counter.CountsOf(FacetDimensions.Person).InValueOrder());
        var months = counter.CountsOf(FacetDimensions.Month).InValueOrder();
        Assert.Equal(Enumerable.Range(1, 12).Select(m => new FacetCount($"2024-{m:00}", m <= 4 ? 109 : 108)), months);
    }

    private static SearchRequest Filtered(string dimension, string value) => new()
    {
        Filters = new Dictionary<string, IReadOnlyList<string>> { [dimension] = [value] },
    };

    public void Dispose() => index.Dispose();

    /// <summary>Person and month counts of every article, written as two segments (the first <c>firstSegment</c> articles, then the rest).</summary>
    private sealed class TwoSegmentCount : IDisposable
    {
        private readonly TemporaryIndex split;
        private readonly Lucene.Net.Store.FSDirectory directory;
        private readonly Lucene.Net.Index.DirectoryReader reader;

        public TwoSegmentCount(IReadOnlyList<Article> articles, int firstSegment)
        {
            split = new TemporaryIndex(articles.Take(firstSegment));
            split.Write(articles.Skip(firstSegment));
            directory = Lucene.Net.Store.FSDirectory.Open(split.Path);
            reader = Lucene.Net.Index.DirectoryReader.Open(directory);
            Assert.Equal(2, reader.Leaves.Count);
            new Lucene.Net.Search.IndexSearcher(reader).Search(new Lucene.Net.Search.MatchAllDocsQuery(), Counter);
        }

        public FacetCountingCollector Counter { get; } = new([FacetDimensions.Person, FacetDimensions.Month]);

        public void Dispose()
        {
            Counter.Dispose();
            reader.Dispose();
            directory.Dispose();
            split.Dispose();
        }
    }
}
