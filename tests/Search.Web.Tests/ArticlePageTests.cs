using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Search.Web.Tests;

public sealed class ArticlePageTests(ReaderFixture fixture) : ReaderTest(fixture)
{
    [Fact]
    public async Task ArticlePageShowsTheWholeArticle()
    {
        await Reader.OpenAsync("/?q=jembatan&sort=oldest");

        await Reader.Page.GetByRole(AriaRole.Link, new() { Name = "Gubernur Rina Halim resmikan jembatan Sungai Lamo" }).ClickAsync();

        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?q=jembatan&sort=oldest&article=p1$"));
        var article = Reader.Page.Locator("#article-view");
        await Assertions.Expect(Reader.ArticleTitle).ToHaveTextAsync("Gubernur Rina Halim resmikan jembatan Sungai Lamo");
        await Assertions.Expect(Reader.ArticleTitle).ToBeFocusedAsync();
        await Assertions.Expect(Reader.Page).ToHaveTitleAsync("Gubernur Rina Halim resmikan jembatan Sungai Lamo – Cari Berita");
        await Assertions.Expect(article.Locator(".article-body p")).ToHaveTextAsync(
        [
            "LAMO — Gubernur Rina Halim meresmikan jembatan gantung sepanjang 120 meter di atas Sungai Lamo pada Senin pagi.",
            "Jembatan itu menghubungkan dua desa yang selama ini hanya bisa dicapai dengan perahu. \"Anak-anak tidak perlu lagi menyeberang sungai untuk bersekolah,\" kata Rina.",
            "Pembangunan menghabiskan anggaran daerah selama dua tahun. (RDK)",
        ]);
        await Assertions.Expect(article.Locator(".article-caption")).ToHaveTextAsync("Foto Gubernur Rina Halim menggunting pita peresmian jembatan gantung Sungai Lamo.");
        await Assertions.Expect(article.Locator(".article-meta")).ToHaveTextAsync("kabarnusa.id · Tim Kabar Nusa · Senin, 15 Januari 2024 pukul 06.30 WIB");
        await Assertions.Expect(article.Locator(".article-kicker a")).ToHaveTextAsync("politik");
        await Assertions.Expect(article.Locator(".article-persons a")).ToHaveTextAsync(["Rina Halim"]);
        await Assertions.Expect(article.Locator(".read-also li")).ToHaveTextAsync(["Warga dua desa sambut jembatan gantung", "Anggaran infrastruktur Lamo naik"]);
        Assert.Empty(await Reader.Page.Locator("#search-view:visible").AllAsync());
    }

    [Fact]
    public async Task PersonLinkOnTheArticleSearchesThatPerson()
    {
        await Reader.OpenAsync("/?article=p2");

        await Reader.Page.Locator("#article-view .article-persons").GetByRole(AriaRole.Link, new() { Name = "Agus Wiranata" }).ClickAsync();

        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?person=Agus\+Wiranata$"));
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("3 artikel ditemukan");
        await Assertions.Expect(Reader.FacetCheckbox("Tokoh", "Agus Wiranata")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task RelatedReadingShowsWhatTheRelatedEndpointGivesAndHidesWithoutIt()
    {
        var response = await Reader.Page.APIRequest.GetAsync("api/articles/p1/related");

        await Reader.OpenAsync("/?article=p1");

        var related = Reader.Page.Locator("#related");
        if (response.Status == (int)HttpStatusCode.NotFound)
        {
            await Assertions.Expect(related).ToBeHiddenAsync();
            return;
        }
        Assert.Equal((int)HttpStatusCode.OK, response.Status);
        using var json = JsonDocument.Parse(await response.TextAsync());
        var items = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement : json.RootElement.EnumerateObject().First(p => p.Value.ValueKind == JsonValueKind.Array).Value;
        var titles = items.EnumerateArray().Where(i => i.GetProperty("id").GetString() != "p1").Select(i => i.GetProperty("title").GetString()!).ToArray();
        if (titles.Length == 0)
        {
            await Assertions.Expect(related).ToBeHiddenAsync();
            return;
        }
        await Assertions.Expect(related.Locator(".related-title")).ToHaveTextAsync(titles);
    }

    [Fact]
    public async Task UnknownArticleSaysItWasNotFound()
    {
        await Reader.Page.GotoAsync("/?article=tidak-ada");

        await Assertions.Expect(Reader.ArticleTitle).ToHaveTextAsync("Artikel tidak ditemukan");
        await Assertions.Expect(Reader.Page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke hasil pencarian" })).ToBeVisibleAsync();
    }
}
