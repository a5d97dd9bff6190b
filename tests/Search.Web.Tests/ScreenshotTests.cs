namespace Search.Web.Tests;

/// <summary>Screenshots of the main pages for people to look at, in test-output/screenshots at the repository root.</summary>
public sealed class ScreenshotTests(ReaderFixture fixture) : ReaderTest(fixture)
{
    [Theory]
    [InlineData("desktop", 1280, 900)]
    [InlineData("phone", 375, 812)]
    public async Task ScreenshotsOfResultsAndArticleAreWritten(string device, int width, int height)
    {
        var directory = Path.Combine(RepositoryRoot(), "test-output", "screenshots");
        Directory.CreateDirectory(directory);
        var page = await Fixture.NewPageAsync(width, height);
        var reader = new ReaderPage(page);

        foreach (var (name, url) in new[] { ("results", "/?q=jembatan"), ("filtered", "/?q=jembatan&topic=politik&from=2024-01-01&to=2024-12-31"), ("article", "/?q=jembatan&article=p1") })
        {
            await reader.OpenAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var path = Path.Combine(directory, $"{device}-{name}.png");
            File.Delete(path);

            await page.ScreenshotAsync(new() { Path = path, FullPage = true });

            Assert.True(new FileInfo(path).Length > 10_000, $"{path} is missing or nearly empty.");
        }
        if (device == "phone")
        {
            var path = Path.Combine(directory, "phone-filters-open.png");
            await reader.OpenAsync("/?q=jembatan&topic=politik");
            await page.Locator("#filters > summary").ClickAsync();
            await Assertions.Expect(reader.FacetCheckbox("Topik", "politik")).ToBeVisibleAsync();

            await page.ScreenshotAsync(new() { Path = path });

            Assert.True(new FileInfo(path).Length > 10_000, $"{path} is missing or nearly empty.");
        }
        await page.Context.CloseAsync();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Search.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Search.sln not found above " + AppContext.BaseDirectory);
    }
}
