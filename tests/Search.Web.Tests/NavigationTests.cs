using System.Text.RegularExpressions;

namespace Search.Web.Tests;

public sealed class NavigationTests(ReaderFixture fixture) : ReaderTest(fixture)
{
    [Fact]
    public async Task UrlReflectsTheStateAndReloadRestoresIt()
    {
        await Reader.OpenAsync("/");
        await Reader.SearchAsync("jembatan");
        await Reader.FacetCheckbox("Topik", "politik").CheckAsync();
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("3 artikel ditemukan");
        await Reader.SortSelect.SelectOptionAsync("newest");

        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?q=jembatan&topic=politik&sort=newest$"));
        string[] newestFirst = ["Gubernur tinjau jembatan yang retak", "DPRD Lamo panggil gubernur soal anggaran jembatan", "Gubernur Rina Halim resmikan jembatan Sungai Lamo"];
        await Assertions.Expect(Reader.HitTitles).ToHaveTextAsync(newestFirst);

        await Reader.Page.ReloadAsync();
        await Reader.WaitUntilRenderedAsync();

        await Assertions.Expect(Reader.SearchBox).ToHaveValueAsync("jembatan");
        await Assertions.Expect(Reader.FacetCheckbox("Topik", "politik")).ToBeCheckedAsync();
        await Assertions.Expect(Reader.SortSelect).ToHaveValueAsync("newest");
        await Assertions.Expect(Reader.HitTitles).ToHaveTextAsync(newestFirst);
    }

    [Fact]
    public async Task BackButtonRestoresThePreviousSearch()
    {
        await Reader.OpenAsync("/");
        await Reader.SearchAsync("jembatan");
        await Reader.SearchAsync("beras");
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("1 artikel ditemukan");

        await Reader.Page.GoBackAsync();

        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?q=jembatan$"));
        await Assertions.Expect(Reader.SearchBox).ToHaveValueAsync("jembatan");
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("5 artikel ditemukan");

        await Reader.Page.GoForwardAsync();

        await Assertions.Expect(Reader.SearchBox).ToHaveValueAsync("beras");
        await Assertions.Expect(Reader.HitTitles).ToHaveTextAsync(["Harga beras naik menjelang Ramadan"]);
    }

    [Fact]
    public async Task BackButtonLeavesTheArticleForTheSameResults()
    {
        await Reader.OpenAsync("/?q=jembatan&topic=politik&sort=oldest");
        await Reader.HitTitles.First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(Reader.ArticleTitle).ToHaveTextAsync("Gubernur Rina Halim resmikan jembatan Sungai Lamo");

        await Reader.Page.GoBackAsync();

        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?q=jembatan&topic=politik&sort=oldest$"));
        await Assertions.Expect(Reader.ArticleTitle).ToBeHiddenAsync();
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("3 artikel ditemukan");
    }
}
