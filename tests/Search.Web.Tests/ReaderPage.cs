using System.Text.RegularExpressions;

namespace Search.Web.Tests;

/// <summary>The reader page as a test sees it: locators for its parts and a way to open it and wait for results.</summary>
public sealed class ReaderPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator SearchBox => Page.GetByRole(AriaRole.Combobox, new() { Name = "Cari berita" });

    public ILocator ResultCount => Page.Locator("#result-count");

    public ILocator HitTitles => Page.Locator("#results .hit-title");

    public ILocator Marks => Page.Locator("#results .hit-snippet mark");

    public ILocator SortSelect => Page.GetByLabel("Urutkan:");

    public ILocator MonthBar(string month) => Page.Locator($"#histogram [data-bucket='{month}']");

    public ILocator ArticleTitle => Page.Locator("#article-view h1");

    /// <summary>The checkbox of a facet value, found by its visible label ("politik 3").</summary>
    public ILocator FacetCheckbox(string legend, string value) =>
        Page.GetByRole(AriaRole.Group, new() { Name = legend })
            .GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex($"^{Regex.Escape(value)}\\b", RegexOptions.IgnoreCase) });

    /// <summary>"value count" of every listed value of a facet, in display order.</summary>
    public async Task<IReadOnlyList<string>> FacetEntries(string legend)
    {
        var labels = Page.GetByRole(AriaRole.Group, new() { Name = legend }).Locator("label");
        var texts = await labels.EvaluateAllAsync<string[]>(
            "labels => labels.map(l => l.querySelector('.facet-name').textContent + ' ' + l.querySelector('.facet-count').textContent)");
        return texts;
    }

    public async Task<IReadOnlyList<string>> HitTitleTexts() => await HitTitles.AllTextContentsAsync();

    /// <summary>Opens a URL of the app and waits until its results (or article) are on screen.</summary>
    public async Task OpenAsync(string pathAndQuery)
    {
        await Page.GotoAsync(pathAndQuery);
        await WaitUntilRenderedAsync();
    }

    public async Task WaitUntilRenderedAsync()
    {
        var isArticle = new Uri(Page.Url).Query.Contains("article=", StringComparison.Ordinal);
        if (isArticle)
        {
            await Assertions.Expect(ArticleTitle).ToBeVisibleAsync();
        }
        else
        {
            await Assertions.Expect(ResultCount).ToHaveTextAsync(new Regex("artikel ditemukan$"));
            await Assertions.Expect(Page.Locator("#results")).ToHaveAttributeAsync("aria-busy", "false");
        }
    }

    public async Task SearchAsync(string query)
    {
        await SearchBox.FillAsync(query);
        await SearchBox.PressAsync("Enter");
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex($"[?&]q={Regex.Escape(Uri.EscapeDataString(query))}(&|$)"));
        await WaitUntilRenderedAsync();
    }
}
