using System.Text.RegularExpressions;

namespace Search.Web.Tests;

public sealed class FilterTests(ReaderFixture fixture) : ReaderTest(fixture)
{
    [Fact]
    public async Task TickingATopicNarrowsHitsAndKeepsTheOtherTopicCounts()
    {
        await Reader.OpenAsync("/?q=jembatan");
        Assert.Equal(["politik 3", "ekonomi 1", "olahraga 1"], await Reader.FacetEntries("Topik"));

        await Reader.FacetCheckbox("Topik", "politik").CheckAsync();

        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("3 artikel ditemukan");
        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?q=jembatan&topic=politik$"));
        Assert.Equal(["politik 3", "ekonomi 1", "olahraga 1"], await Reader.FacetEntries("Topik"));
        Assert.Equal(["Rina Halim 3", "Agus Wiranata 1"], await Reader.FacetEntries("Tokoh"));

        await Reader.FacetCheckbox("Topik", "ekonomi").CheckAsync();

        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("4 artikel ditemukan");
        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?q=jembatan&topic=politik&topic=ekonomi$"));
        await Assertions.Expect(Reader.FacetCheckbox("Topik", "politik")).ToBeCheckedAsync();
        await Assertions.Expect(Reader.FacetCheckbox("Topik", "olahraga")).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task ClickingAMonthBarFiltersOnThatMonth()
    {
        await Reader.OpenAsync("/?q=jembatan");
        // 2024-01 to 2025-05, empty months included.
        await Assertions.Expect(Reader.Page.Locator("#histogram [data-bucket]")).ToHaveCountAsync(17);

        await Reader.MonthBar("2024-03").ClickAsync();

        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?q=jembatan&from=2024-03-01&to=2024-03-31$"));
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("1 artikel ditemukan");
        Assert.Equal(["DPRD Lamo panggil gubernur soal anggaran jembatan"], await Reader.HitTitleTexts());
        await Assertions.Expect(Reader.Page.Locator("#active-filters .chip")).ToHaveTextAsync(["Tanggal: 1 Mar 2024 – 31 Mar 2024×"]);
        // Month counts ignore the date filter: the chart still shows every month, the chosen one pressed.
        await Assertions.Expect(Reader.Page.Locator("#histogram [data-bucket]")).ToHaveCountAsync(17);
        await Assertions.Expect(Reader.Page.Locator("#histogram [aria-pressed='true']")).ToHaveCountAsync(1);
        await Assertions.Expect(Reader.MonthBar("2024-03")).ToHaveAttributeAsync("aria-pressed", "true");
    }

    [Fact]
    public async Task DraggingAcrossBarsFiltersOnTheRange()
    {
        await Reader.OpenAsync("/?q=jembatan");
        var start = await Reader.MonthBar("2024-01").BoundingBoxAsync();
        var end = await Reader.MonthBar("2024-03").BoundingBoxAsync();

        var mouse = Reader.Page.Mouse;
        await mouse.MoveAsync(start!.X + start.Width / 2, start.Y + start.Height / 2);
        await mouse.DownAsync();
        await mouse.MoveAsync(end!.X + end.Width / 2, end.Y + end.Height / 2, new() { Steps = 5 });
        await mouse.UpAsync();

        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?q=jembatan&from=2024-01-01&to=2024-03-31$"));
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("2 artikel ditemukan");
        await Assertions.Expect(Reader.Page.Locator("#histogram [aria-pressed='true']")).ToHaveCountAsync(3);
    }

    [Fact]
    public async Task DateChartWorksWithTheKeyboard()
    {
        await Reader.OpenAsync("/?q=jembatan");
        await Reader.MonthBar("2025-05").FocusAsync();

        await Reader.Page.Keyboard.PressAsync("Home");
        await Assertions.Expect(Reader.MonthBar("2024-01")).ToBeFocusedAsync();
        await Reader.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?q=jembatan&from=2024-01-01&to=2024-01-31$"));
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("1 artikel ditemukan");
        await Assertions.Expect(Reader.MonthBar("2024-01")).ToBeFocusedAsync();

        await Reader.Page.Keyboard.PressAsync("ArrowRight");
        await Reader.Page.Keyboard.PressAsync("ArrowRight");
        await Reader.Page.Keyboard.PressAsync("Shift+Enter");

        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?q=jembatan&from=2024-01-01&to=2024-03-31$"));
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("2 artikel ditemukan");
    }

    [Fact]
    public async Task ClearAllRemovesEveryFilterAndKeepsTheQuery()
    {
        await Reader.OpenAsync("/?q=jembatan&topic=politik&person=Rina%20Halim&from=2024-01-01&to=2024-12-31");
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("2 artikel ditemukan");

        await Reader.Page.GetByRole(AriaRole.Link, new() { Name = "Hapus semua filter" }).ClickAsync();

        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?q=jembatan$"));
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("5 artikel ditemukan");
        await Assertions.Expect(Reader.Page.Locator("#active-filters")).ToBeHiddenAsync();
        await Assertions.Expect(Reader.Page.Locator("#facet-topic input:checked")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task FacetCheckboxesWorkWithTheKeyboardAndKeepFocus()
    {
        await Reader.OpenAsync("/?q=jembatan");
        var politik = Reader.FacetCheckbox("Topik", "politik");
        await politik.FocusAsync();

        await Reader.Page.Keyboard.PressAsync("Space");

        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("3 artikel ditemukan");
        await Assertions.Expect(politik).ToBeCheckedAsync();
        await Assertions.Expect(politik).ToBeFocusedAsync();

        await Reader.Page.Keyboard.PressAsync("Tab");

        await Assertions.Expect(Reader.FacetCheckbox("Topik", "ekonomi")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task DateFieldsFilterOnTheTypedRange()
    {
        await Reader.OpenAsync("/?q=jembatan");

        await Reader.Page.GetByLabel("Dari").FillAsync("2025-01-01");
        await Reader.Page.GetByLabel("Sampai").FillAsync("2025-03-31");
        await Reader.Page.GetByRole(AriaRole.Button, new() { Name = "Terapkan" }).ClickAsync();

        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?q=jembatan&from=2025-01-01&to=2025-03-31$"));
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("2 artikel ditemukan");
    }
}
