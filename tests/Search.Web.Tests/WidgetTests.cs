using System.Text.RegularExpressions;

namespace Search.Web.Tests;

public sealed class WidgetTests(ReaderFixture fixture) : ReaderTest(fixture)
{
    [Fact]
    public async Task WidgetOnAHostPageSearchesAndLinksToTheService()
    {
        var page = Reader.Page;
        var service = Fixture.BaseAddress.ToString();
        // A page of somebody else's, embedding the widget with one script tag and one element.
        await page.RouteAsync($"{service}portal/index.html", route => route.FulfillAsync(new()
        {
            ContentType = "text/html; charset=utf-8",
            Body = $"""
                <!doctype html><html lang="id"><head><title>Portal</title></head><body>
                <h1>Portal Warga</h1>
                <aside style="max-width: 28rem"><search-box query="jembatan" size="3"></search-box></aside>
                <script src="{service}widget.js" defer></script>
                </body></html>
                """,
        }));

        await page.GotoAsync($"{service}portal/index.html");

        var widget = page.Locator("search-box");
        await Assertions.Expect(widget.GetByRole(AriaRole.Status)).ToHaveTextAsync("5 artikel ditemukan");
        await Assertions.Expect(widget.Locator("li")).ToHaveCountAsync(3);
        await Assertions.Expect(widget.Locator("li mark").First).ToHaveTextAsync(new Regex("^jembatan$", RegexOptions.IgnoreCase));
        await Assertions.Expect(widget.GetByRole(AriaRole.Link, new() { Name = "Lihat semua hasil" })).ToHaveAttributeAsync("href", $"{service}?q=jembatan");
        await page.ScreenshotAsync(new() { Path = ScreenshotFolder.PathOf("desktop-widget.png") });
        var firstHref = await widget.Locator("li a.title").First.GetAttributeAsync("href");
        Assert.Matches($"^{Regex.Escape(service)}\\?article=[ope][1-5]$", firstHref);

        await widget.GetByRole(AriaRole.Searchbox, new() { Name = "Cari berita" }).FillAsync("beras");
        await widget.GetByRole(AriaRole.Button, new() { Name = "Cari" }).ClickAsync();

        await Assertions.Expect(widget.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 artikel ditemukan");
        await Assertions.Expect(widget.Locator("li a.title")).ToHaveTextAsync(["Harga beras naik menjelang Ramadan"]);
        await Assertions.Expect(widget.GetByRole(AriaRole.Link, new() { Name = "Lihat semua hasil" })).ToBeHiddenAsync();

        await widget.Locator("li a.title").ClickAsync();

        await Assertions.Expect(Reader.ArticleTitle).ToHaveTextAsync("Harga beras naik menjelang Ramadan");
    }
}
