using System.Text.RegularExpressions;

namespace Search.Web.Tests;

public sealed class SearchResultsTests(ReaderFixture fixture) : ReaderTest(fixture)
{
    [Fact]
    public async Task SearchShowsHitsWithHighlightedMatches()
    {
        await Reader.OpenAsync("/");

        await Reader.SearchAsync("jembatan");

        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("5 artikel ditemukan");
        Assert.Equal(
            [
                "DPRD Lamo panggil gubernur soal anggaran jembatan",
                "Gubernur Rina Halim resmikan jembatan Sungai Lamo",
                "Gubernur tinjau jembatan yang retak",
                "Lari pagi di jembatan baru diikuti ribuan warga",
                "Pembangunan jembatan dorong ekonomi desa",
            ],
            (await Reader.HitTitleTexts()).Order(StringComparer.Ordinal));
        var snippets = Reader.Page.Locator("#results .hit-snippet");
        for (var i = 0; i < 5; i++)
        {
            await Assertions.Expect(snippets.Nth(i).Locator("mark").First).ToHaveTextAsync(new Regex("^jembatan$", RegexOptions.IgnoreCase));
        }
    }

    [Fact]
    public async Task DatesAreShownOnTheJakartaCalendarWhateverTheReadersTimeZone()
    {
        // p1 was published at 06:30 WIB on 15 January 2024, which is still 14 January in New York.
        var page = await Fixture.NewPageAsync(timeZone: "America/New_York");
        var reader = new ReaderPage(page);

        await reader.OpenAsync("/?person=Rina%20Halim&sort=oldest");

        var first = page.Locator("#results .hit").First;
        await Assertions.Expect(first.Locator(".hit-title")).ToHaveTextAsync("Gubernur Rina Halim resmikan jembatan Sungai Lamo");
        await Assertions.Expect(first.Locator("time")).ToHaveTextAsync("15 Januari 2024");
        await Assertions.Expect(first.Locator(".hit-source")).ToHaveTextAsync("kabarnusa.id");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PersonLinkInAHitAppliesThatFilter()
    {
        await Reader.OpenAsync("/?q=jembatan");

        await Reader.Page.Locator("#results .person-link", new() { HasText = "Agus Wiranata" }).ClickAsync();

        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?q=jembatan&person=Agus\+Wiranata$"));
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("1 artikel ditemukan");
        Assert.Equal(["DPRD Lamo panggil gubernur soal anggaran jembatan"], await Reader.HitTitleTexts());
        await Assertions.Expect(Reader.FacetCheckbox("Tokoh", "Agus Wiranata")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task TopicLinkInAHitAppliesThatFilter()
    {
        await Reader.OpenAsync("/?q=jembatan");

        await Reader.Page.Locator("#results .topic-link", new() { HasText = "olahraga" }).ClickAsync();

        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?q=jembatan&topic=olahraga$"));
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("1 artikel ditemukan");
        Assert.Equal(["Lari pagi di jembatan baru diikuti ribuan warga"], await Reader.HitTitleTexts());
    }

    [Fact]
    public async Task PaginationMovesToTheNextPage()
    {
        await Reader.OpenAsync("/?sort=oldest");
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("12 artikel ditemukan");
        await Assertions.Expect(Reader.HitTitles).ToHaveCountAsync(10);

        await Reader.Page.GetByRole(AriaRole.Navigation, new() { Name = "Halaman hasil" }).GetByRole(AriaRole.Link, new() { Name = "Berikutnya" }).ClickAsync();

        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?sort=oldest&page=2$"));
        await Assertions.Expect(Reader.HitTitles).ToHaveTextAsync(["Gubernur tinjau jembatan yang retak", "Ekspor kopi Lamo menembus Eropa"]);
        await Assertions.Expect(Reader.Page.Locator("#pagination [aria-current='page']")).ToHaveTextAsync("Halaman 2");
    }

    [Fact]
    public async Task InvalidParametersShowWhatTheApiObjectedTo()
    {
        await Reader.Page.GotoAsync("/?q=jembatan&from=2025-01-01&to=2024-01-01");

        await Assertions.Expect(Reader.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
            "Pencarian tidak dapat dijalankan: 'to' (2024-01-01) is before 'from' (2025-01-01).");
        await Assertions.Expect(Reader.HitTitles).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task APageBeyondTheLastOffersTheFirst()
    {
        await Reader.OpenAsync("/?q=beras&page=3");

        await Assertions.Expect(Reader.HitTitles).ToHaveCountAsync(0);
        await Reader.Page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke halaman 1" }).ClickAsync();

        await Assertions.Expect(Reader.Page).ToHaveURLAsync(new Regex(@"/\?q=beras$"));
        await Assertions.Expect(Reader.ResultCount).ToHaveTextAsync("1 artikel ditemukan");
        await Assertions.Expect(Reader.HitTitles).ToHaveTextAsync(["Harga beras naik menjelang Ramadan"]);
    }

    [Fact]
    public async Task ResultCountIsAnnouncedToScreenReaders()
    {
        await Reader.OpenAsync("/?q=beras");

        await Assertions.Expect(Reader.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 artikel ditemukan");
        await Assertions.Expect(Reader.ResultCount).ToHaveAttributeAsync("aria-live", "polite");
    }
}
