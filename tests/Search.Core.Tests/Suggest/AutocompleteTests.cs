using Search.Core.Searching;
using Search.Core.Suggest;
using Search.Core.Tests.Searching;

namespace Search.Core.Tests.Suggest;

public sealed class AutocompleteTests : IDisposable
{
    private readonly TemporaryIndex index = new(
    [
        Fixtures.Article("m1", "Menlu Rusia Minta Jaminan Keamanan", "Menteri luar negeri Rusia meminta jaminan.", "2024-01-10T09:00:00+07:00", "Internasional", "kabarnusa.id", "Sergei Lavrov"),
        Fixtures.Article("m2", "Menlu RI Bertemu Menlu Rusia", "Pertemuan di Jakarta.", "2024-02-10T09:00:00+07:00", "Internasional", "kabarnusa.id", "Retno Marsudi", "Sergei Lavrov"),
        Fixtures.Article("m3", "Rupiah Menguat Pagi Ini", "Rupiah menguat terhadap dolar.", "2024-03-10T09:00:00+07:00", "Ekonomi"),
        Fixtures.Article("m4", "Kunjungan ke Bélgia", "Delegasi tiba di Brussel.", "2024-03-11T09:00:00+07:00", "Internasional"),
        Fixtures.Article("m5", "Rupiah Menguat Pagi Ini", "Salinan dari sumber lain.", "2024-03-12T09:00:00+07:00", "Ekonomi", "warta-harian.com"),
    ]);

    private Autocomplete Autocomplete => new(index.Index);

    [Fact]
    public void WordPrefixesMatchAnywhereInAHeadline() =>
        Assert.Equal(
            ["Menlu RI Bertemu Menlu Rusia", "Menlu Rusia Minta Jaminan Keamanan"],
            Autocomplete.Complete("menlu ru", 5).Titles.Select(t => t.Title).Order());

    [Fact]
    public void MatchingIgnoresCaseAndAccents()
    {
        Assert.Equal(["m4"], Autocomplete.Complete("BELG", 5).Titles.Select(t => t.Id));
        Assert.Equal(["m4"], Autocomplete.Complete("bélg", 5).Titles.Select(t => t.Id));
    }

    [Fact]
    public void AHeadlinePublishedTwiceIsSuggestedOnceWithItsNewestArticle() =>
        Assert.Equal([new TitleSuggestion("m5", "Rupiah Menguat Pagi Ini")], Autocomplete.Complete("rupiah", 5).Titles);

    [Fact]
    public void PersonsAndTopicsRankByArticleCount()
    {
        var completions = Autocomplete.Complete("lav", 5);
        Assert.Equal([new FacetCount("Sergei Lavrov", 2)], completions.Persons);

        Assert.Equal([new FacetCount("internasional", 3)], Autocomplete.Complete("inter", 5).Topics);
        Assert.Equal(["Retno Marsudi"], Autocomplete.Complete("mars", 5).Persons.Select(p => p.Value));
    }

    [Fact]
    public void SizeLimitsEachKind() =>
        Assert.Single(Autocomplete.Complete("menlu", 1).Titles);

    [Fact]
    public void ANewGenerationOfTheIndexIsSeen()
    {
        var autocomplete = Autocomplete;
        Assert.Empty(autocomplete.Complete("gempa", 5).Titles);

        index.Write([Fixtures.Article("g1", "Gempa Guncang Lombok", "Gempa terasa kuat.", "2024-04-01T09:00:00+07:00")]);
        index.Index.Refresh();

        Assert.Equal(["g1"], autocomplete.Complete("gempa lom", 5).Titles.Select(t => t.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("!!")]
    [InlineData("zzzz")]
    public void NothingUsefulTypedGivesNoSuggestions(string text)
    {
        var completions = Autocomplete.Complete(text, 5);
        Assert.Empty(completions.Titles);
        Assert.Empty(completions.Persons);
        Assert.Empty(completions.Topics);
    }

    public void Dispose() => index.Dispose();
}
