using Search.Core.Analysis;
using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

public sealed class QueryUnderstandingTests : IDisposable
{
    private readonly TemporaryIndex index = new(
    [
        Fixtures.Article("q1", "Kunjungan ke Amerika Serikat", "Presiden bertemu pejabat Amerika Serikat di Washington.", "2024-01-10T09:00:00+07:00"),
        Fixtures.Article("q2", "Tarif impor AS naik", "Pemerintah AS menaikkan tarif impor baja.", "2024-01-11T09:00:00+07:00"),
        Fixtures.Article("q3", "Menlu bertemu mitra", "Menlu membahas kerja sama perdagangan.", "2024-01-12T09:00:00+07:00"),
        Fixtures.Article("q4", "Menteri Luar Negeri berpidato", "Menteri Luar Negeri berpidato di forum regional.", "2024-01-13T09:00:00+07:00"),
        Fixtures.Article("q5", "Anak-anak kembali bersekolah", "Sekolah dibuka lagi untuk anak setelah libur panjang.", "2024-01-14T09:00:00+07:00"),
        Fixtures.Article("q6", "Gubernur hadir di pelantikan", "Gubernur hadir dan memberi sambutan.", "2024-01-15T09:00:00+07:00"),
    ]);

    private ArticleSearcher Searcher => new(index.Index, index.Analyzer, SynonymTable.Load(AnalysisOptions.DefaultSynonymsPath));

    [Theory]
    [InlineData("AS", new[] { "q1", "q2" })]
    [InlineData("amerika serikat", new[] { "q1", "q2" })]
    [InlineData("tarif AS", new[] { "q2" })]
    [InlineData("menlu", new[] { "q3", "q4" })]
    [InlineData("menteri luar negeri", new[] { "q3", "q4" })]
    [InlineData("gubernur gak hadir", new[] { "q6" })]
    [InlineData("anak", new[] { "q5" })]
    [InlineData("anak-anak sekolah", new[] { "q5" })]
    public void AbbreviationsSynonymsAndInformalWordsFindTheSameArticles(string q, string[] expected) =>
        Assert.Equal(expected, Searcher.Search(new SearchRequest { Query = q }).Hits.Select(h => h.Id).Order());

    [Fact]
    public void WithoutASynonymTableAnAbbreviationFindsOnlyItself() =>
        Assert.Equal(["q2"], index.Searcher.Search(new SearchRequest { Query = "AS" }).Hits.Select(h => h.Id));

    public void Dispose() => index.Dispose();
}
