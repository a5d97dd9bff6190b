using System.Text.RegularExpressions;

namespace Search.Web.Tests;

/// <summary>
/// The widget on pages of other sites, each a real server at its own 127.0.0.1 port: a site in the
/// API's CORS allowlist (<c>Security:AllowedOrigins</c>) gets results; the browser refuses them to one that is not.
/// </summary>
public sealed class CrossOriginWidgetTests(ReaderFixture fixture) : ReaderTest(fixture)
{
    [Fact]
    public async Task WidgetOnAnAllowlistedSiteGetsResultsFromTheApi()
    {
        var page = Reader.Page;
        var service = Fixture.BaseAddress.ToString();
        var url = Fixture.PartnerSite.Serve("/warga.html", HostPage(service, "jembatan"));
        var searchResponse = page.WaitForResponseAsync(response => response.Url.StartsWith($"{service}api/search?", StringComparison.Ordinal));

        await page.GotoAsync(url);

        Assert.Equal(Fixture.PartnerSite.Origin, await page.EvaluateAsync<string>("() => location.origin"));
        Assert.NotEqual(Fixture.PartnerSite.Origin + "/", service);
        var widget = page.Locator("search-box");
        await Assertions.Expect(widget.GetByRole(AriaRole.Status)).ToHaveTextAsync("5 artikel ditemukan");
        await Assertions.Expect(widget.Locator("li")).ToHaveCountAsync(3);
        await Assertions.Expect(widget.Locator("li mark").First).ToHaveTextAsync(new Regex("^jembatan$", RegexOptions.IgnoreCase));
        var response = await searchResponse;
        Assert.Equal(Fixture.PartnerSite.Origin, await response.HeaderValueAsync("access-control-allow-origin"));
        Assert.Matches($"^{Regex.Escape(service)}\\?article=[ope][1-5]$", await widget.Locator("li a.title").First.GetAttributeAsync("href"));

        await widget.GetByRole(AriaRole.Searchbox, new() { Name = "Cari berita" }).FillAsync("beras");
        await widget.GetByRole(AriaRole.Searchbox, new() { Name = "Cari berita" }).PressAsync("Enter");

        await Assertions.Expect(widget.Locator("li a.title")).ToHaveTextAsync(["Harga beras naik menjelang Ramadan"]);
        await page.ScreenshotAsync(new() { Path = ScreenshotFolder.PathOf("desktop-widget-cross-origin.png") });
    }

    [Fact]
    public async Task WidgetOnASiteOutsideTheAllowlistIsRefusedByTheBrowser()
    {
        await using var stranger = await HostPageServer.StartAsync();
        var page = Reader.Page;
        var service = Fixture.BaseAddress.ToString();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        var url = stranger.Serve("/asing.html", HostPage(service, "jembatan"));

        await page.GotoAsync(url);

        var widget = page.Locator("search-box");
        await Assertions.Expect(widget.GetByRole(AriaRole.Status)).ToHaveTextAsync("Pencarian tidak tersedia saat ini.");
        await Assertions.Expect(widget.Locator("li")).ToHaveCountAsync(0);
        Assert.Contains(consoleErrors, text =>
            text.Contains($"from origin '{stranger.Origin}' has been blocked by CORS policy", StringComparison.Ordinal)
            && text.Contains("No 'Access-Control-Allow-Origin' header", StringComparison.Ordinal));
        // Any script of this site is refused the same way: the response is hidden from it, not merely failed.
        var fromStranger = await page.EvaluateAsync<string>($"() => fetch('{service}api/search?q=jembatan').then(r => 'read ' + r.status, e => e.name)");
        Assert.Equal("TypeError", fromStranger);
    }

    /// <summary>Somebody else's page: one script tag from the service and one element.</summary>
    private static string HostPage(string service, string query) => $"""
        <!doctype html><html lang="id"><head><meta charset="utf-8"><title>Portal Warga</title></head><body>
        <h1>Portal Warga</h1>
        <aside style="max-width: 28rem"><search-box query="{query}" size="3"></search-box></aside>
        <script src="{service}widget.js" defer></script>
        </body></html>
        """;
}
