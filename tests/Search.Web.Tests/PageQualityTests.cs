using System.Text.RegularExpressions;

namespace Search.Web.Tests;

public sealed class PageQualityTests(ReaderFixture fixture) : ReaderTest(fixture)
{
    /// <summary>Endpoints the page asks for before they exist; their 404 is expected and handled.</summary>
    private static readonly Regex OptionalEndpoint = new(@"/api/(articles/[^/]+/related|suggest)(\?|$)");

    [Fact]
    public async Task NoConsoleErrorsWhileSearchingFilteringAndReading()
    {
        var page = Reader.Page;
        var errors = new List<string>();
        var failedResponses = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                errors.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !(response.Status == 404 && OptionalEndpoint.IsMatch(response.Url)))
            {
                failedResponses.Add($"{response.Status} {response.Url}");
            }
        };

        await Reader.OpenAsync("/");
        await Reader.SearchBox.PressSequentiallyAsync("jemb", new() { Delay = 60 });
        await page.WaitForTimeoutAsync(400);
        await Reader.SearchAsync("jembatan");
        await Reader.FacetCheckbox("Topik", "politik").CheckAsync();
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("3 artikel ditemukan");
        await Reader.MonthBar("2024-01").ClickAsync();
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("1 artikel ditemukan");
        await Reader.HitTitles.First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(Reader.ArticleTitle).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.GoBackAsync();
        await Reader.WaitUntilRenderedAsync();

        Assert.Empty(errors);
        Assert.Empty(failedResponses);
    }

    [Theory]
    [InlineData("/?q=jembatan")]
    [InlineData("/?q=jembatan&topic=politik&person=Rina%20Halim&from=2024-01-01&to=2024-12-31")]
    [InlineData("/?article=p1")]
    public async Task PhoneWidthHasNoHorizontalScroll(string url)
    {
        var page = await Fixture.NewPageAsync(375, 812);
        var reader = new ReaderPage(page);

        await reader.OpenAsync(url);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.Equal(375, widths[1]);
        Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide in a {widths[1]} px window.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FiltersCollapseIntoAPanelOnAPhone()
    {
        var page = await Fixture.NewPageAsync(375, 812);
        var reader = new ReaderPage(page);
        await reader.OpenAsync("/?q=jembatan");
        var politik = reader.FacetCheckbox("Topik", "politik");
        await Assertions.Expect(politik).ToBeHiddenAsync();

        await page.Locator("#filters > summary").ClickAsync();
        await politik.CheckAsync();

        await Assertions.Expect(reader.ResultCount).ToHaveTextAsync("3 artikel ditemukan");
        await Assertions.Expect(page.Locator("#filters > summary")).ToHaveTextAsync("Filter · 1 aktif");
        await page.Context.CloseAsync();
    }
}
