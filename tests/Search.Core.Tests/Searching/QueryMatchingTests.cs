using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

public sealed class QueryMatchingTests : IDisposable
{
    private readonly TemporaryIndex index = new(Fixtures.Newsroom());

    [Theory]
    [InlineData("jembatan", new[] { "a1", "a3" })]
    [InlineData("jembatan -warga", new[] { "a1" })]
    [InlineData("\"menang tipis\"", new[] { "a4" })]
    [InlineData("\"tipis menang\"", new string[0])]
    [InlineData("saham OR timnas", new[] { "a2", "a4", "a6" })]
    [InlineData("person:\"bayu santoso\"", new[] { "a2", "a4" })]
    [InlineData("person:wibisono", new[] { "a5" })]
    [InlineData("topic:Ekonomi", new[] { "a5", "a6" })]
    [InlineData("source:WARTA-HARIAN.COM saham", new[] { "a6" })]
    [InlineData("title:timnas", new[] { "a2", "a4" })]
    [InlineData("body:timnas", new[] { "a4" })]
    [InlineData("-jembatan", new[] { "a2", "a4", "a5", "a6" })]
    [InlineData("\"jembatan", new[] { "a1", "a3" })]
    [InlineData("", new[] { "a1", "a2", "a3", "a4", "a5", "a6" })]
    public void QuerySyntaxSelectsTheExpectedArticles(string q, string[] expected)
    {
        var result = index.Searcher.Search(new SearchRequest { Query = q });

        Assert.Equal(expected, result.Hits.Select(h => h.Id).Order());
        Assert.Equal(expected.Length, result.Total);
    }

    [Fact]
    public void TitleMatchRanksAboveBodyMatch()
    {
        var result = index.Searcher.Search(new SearchRequest { Query = "timnas" });

        Assert.Equal(["a4", "a2"], result.Hits.Select(h => h.Id));
    }

    [Fact]
    public void SnippetMarksMatchesAndEscapesTheRest()
    {
        using var other = new TemporaryIndex(
        [
            Fixtures.Article("x", "Uji", "Harga <b>cabai</b> & bawang naik di pasar.", "2024-05-05T10:00:00+07:00"),
        ]);

        var hit = Assert.Single(other.Searcher.Search(new SearchRequest { Query = "bawang" }).Hits);

        Assert.Equal("Harga &lt;b&gt;cabai&lt;/b&gt; &amp; <mark>bawang</mark> naik di pasar.", hit.Snippet);
    }

    [Fact]
    public void UnknownIdIsNotFoundAndKnownIdReturnsTheWholeArticle()
    {
        Assert.Null(index.Searcher.Get("nope"));
        var found = index.Searcher.Get("a5");
        Assert.NotNull(found);
        Assert.Equal("Anggaran daerah dibahas", found.Article.Title);
        Assert.Equal("ekonomi", found.Topic);
        Assert.Equal(["Rina Halim", "Tono Wibisono"], found.Article.Persons);
    }

    public void Dispose() => index.Dispose();
}
