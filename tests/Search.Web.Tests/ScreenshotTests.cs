namespace Search.Web.Tests;

/// <summary>Screenshots of the main pages at desktop and phone width, for people to look at.</summary>
public sealed class ScreenshotTests(ReaderFixture fixture) : ReaderTest(fixture)
{
    [Theory]
    [InlineData("desktop", 1280, 900)]
    [InlineData("phone", 375, 812)]
    public async Task ScreenshotsOfResultsAndArticleAreWritten(string device, int width, int height)
    {
        var page = await Fixture.NewPageAsync(width, height);
        var reader = new ReaderPage(page);

        foreach (var (name, url) in new[] { ("results", "/?q=jembatan"), ("filtered", "/?q=jembatan&topic=politik&from=2024-01-01&to=2024-12-31"), ("article", "/?q=jembatan&article=p1") })
        {
            await reader.OpenAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var path = ScreenshotFolder.PathOf($"{device}-{name}.png");

            await page.ScreenshotAsync(new() { Path = path, FullPage = true });

            Assert.True(new FileInfo(path).Length > 10_000, $"{path} is missing or nearly empty.");
        }
        if (device == "phone")
        {
            var path = ScreenshotFolder.PathOf("phone-filters-open.png");
            await reader.OpenAsync("/?q=jembatan&topic=politik");
            await page.Locator("#filters > summary").ClickAsync();
            await Assertions.Expect(reader.FacetCheckbox("Topik", "politik")).ToBeVisibleAsync();

            await page.ScreenshotAsync(new() { Path = path });

            Assert.True(new FileInfo(path).Length > 10_000, $"{path} is missing or nearly empty.");
        }
        await page.Context.CloseAsync();
    }
}
