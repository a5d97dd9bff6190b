namespace Search.Web.Tests;

/// <summary>Screenshots of the editor workspace at desktop and phone width, for people to look at.</summary>
public sealed class EditorScreenshotTests(ReaderFixture fixture) : ReaderTest(fixture)
{
    [Theory]
    [InlineData("desktop", 1280, 900)]
    [InlineData("phone", 375, 812)]
    public async Task ScreenshotsOfTheEditorAreWritten(string device, int width, int height)
    {
        var page = await Fixture.NewPageAsync(width, height);
        var editor = new EditorPage(page);
        await EditorStubs.RelatedAsync(page, ["p1", "p5", "p2", "e3", "o3"]);
        await EditorStubs.AnalyzeAsync(page, EditorStubs.DraftAnalysis);
        await EditorStubs.TimelineAsync(page);
        await editor.OpenAsync();
        await Screenshot(page, $"{device}-editor-empty.png");

        await editor.AnalyzeDraftAsync();
        await Assertions.Expect(editor.TimelinePanel.Locator(".timeline-summary")).ToBeVisibleAsync();
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Screenshot(page, $"{device}-editor.png");

        await page.UnrouteAllAsync(new() { Behavior = UnrouteBehavior.Wait });
        await EditorStubs.MissingAsync(page, EditorStubs.RelatedRoute);
        await EditorStubs.MissingAsync(page, EditorStubs.AnalyzeRoute);
        await EditorStubs.MissingAsync(page, EditorStubs.TimelineRoute);
        await editor.AnalyzeButton.ClickAsync();
        await Assertions.Expect(editor.Status).ToHaveTextAsync("Analisis selesai.");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Screenshot(page, $"{device}-editor-unavailable.png");
        await page.Context.CloseAsync();
    }

    private static async Task Screenshot(IPage page, string fileName)
    {
        var path = ScreenshotFolder.PathOf(fileName);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000, $"{path} is missing or nearly empty.");
    }
}
