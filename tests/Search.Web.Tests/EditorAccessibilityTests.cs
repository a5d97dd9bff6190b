namespace Search.Web.Tests;

/// <summary>The editor with the keyboard alone, and on a 375 px phone.</summary>
public sealed class EditorAccessibilityTests(ReaderFixture fixture) : ReaderTest(fixture)
{
    [Fact]
    public async Task ADraftCanBeAnalysedAndItsCoverageReorderedWithTheKeyboardAlone()
    {
        var page = Reader.Page;
        var editor = new EditorPage(page);
        await EditorStubs.RelatedAsync(page, ["p1", "p5", "p2"]);
        await EditorStubs.AnalyzeAsync(page, EditorStubs.DraftAnalysis);
        await EditorStubs.TimelineAsync(page);
        await editor.OpenAsync();

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Langsung ke draf" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(editor.Title).ToBeFocusedAsync();
        await page.Keyboard.InsertTextAsync(EditorPage.DraftTitle);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(editor.Body).ToBeFocusedAsync();
        await Assertions.Expect(editor.Title).ToHaveValueAsync(EditorPage.DraftTitle);
        await page.Keyboard.InsertTextAsync(EditorPage.DraftBody);
        await page.Keyboard.PressAsync("Control+Enter");

        await Assertions.Expect(editor.Status).ToHaveTextAsync("Analisis selesai. 3 liputan terkait. 5 saran tag.");
        await Assertions.Expect(editor.Body).ToBeFocusedAsync();
        await Assertions.Expect(editor.Body).ToHaveValueAsync(EditorPage.DraftBody);

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(editor.AnalyzeButton).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var relevance = editor.RelatedPanel.GetByRole(AriaRole.Radio, new() { Name = "Relevansi" });
        await Assertions.Expect(relevance).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");

        await Assertions.Expect(editor.RelatedPanel.GetByRole(AriaRole.Radio, new() { Name = "Terbaru" })).ToBeCheckedAsync();
        await Assertions.Expect(editor.RelatedTitles.First).ToHaveTextAsync("Gubernur tinjau jembatan yang retak (membuka tab baru)");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(editor.RelatedTitles.First).ToBeFocusedAsync();
    }

    [Fact]
    public async Task OnAPhoneThePageFitsAndTheAnalysisIsBroughtIntoView()
    {
        var page = await Fixture.NewPageAsync(375, 812);
        var editor = new EditorPage(page);
        await EditorStubs.RelatedAsync(page, ["p1", "p5", "p2", "e3"]);
        await EditorStubs.AnalyzeAsync(page, EditorStubs.DraftAnalysis);
        await EditorStubs.TimelineAsync(page);
        await editor.OpenAsync();

        await editor.AnalyzeDraftAsync();

        await Assertions.Expect(page.Locator("#analysis-heading")).ToBeFocusedAsync();
        await Assertions.Expect(editor.Status).ToBeInViewportAsync();
        await Assertions.Expect(editor.TimelinePanel.Locator(".timeline-summary")).ToHaveTextAsync("Rina Halim: 4 artikel, Jan 2024 – Mei 2025.");
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.Equal(375, widths[1]);
        Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide in a {widths[1]} px window.");
        var narrowest = await page.EvaluateAsync<int>(
            "() => Math.min(...[...document.querySelectorAll('button, select, .toggle span, .tag')].map(e => e.getBoundingClientRect().height).filter(h => h > 0))");
        Assert.True(narrowest >= 24, $"A control is only {narrowest} px tall: too small to tap.");
        await page.Context.CloseAsync();
    }
}
