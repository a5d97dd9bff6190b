using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Search.Web.Tests;

/// <summary>The editor workspace at /editor, its three panels fed by stand-ins in the agreed shapes (see <see cref="EditorStubs"/>).</summary>
public sealed class EditorTests(ReaderFixture fixture) : ReaderTest(fixture)
{
    private EditorPage Editor => new(Reader.Page);

    [Fact]
    public async Task EditorIsServedAtItsOwnAddress()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Fixture.BaseAddress };

        using var page = await http.GetAsync("editor");
        using var slash = await http.GetAsync("editor/");
        var openApi = await http.GetStringAsync("openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Ruang Redaksi – Cari Berita</title>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, slash.StatusCode);
        Assert.Equal("/editor", slash.Headers.Location?.OriginalString);
        Assert.Contains("\"/api/search\"", openApi, StringComparison.Ordinal);
        Assert.DoesNotContain("\"/editor\"", openApi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PastedDraftListsRelatedCoverageByRelevanceOrNewestFirst()
    {
        var requests = await EditorStubs.RelatedAsync(Reader.Page, ["p1", "p5", "p2", "e3"]);
        await EditorStubs.AnalyzeAsync(Reader.Page, EditorStubs.DraftAnalysis);
        await EditorStubs.TimelineAsync(Reader.Page);
        await Editor.OpenAsync();

        await Editor.AnalyzeDraftAsync();

        var request = Assert.Single(requests);
        Assert.Equal(EditorPage.DraftTitle, request.GetProperty("title").GetString());
        Assert.Equal(EditorPage.DraftBody, request.GetProperty("body").GetString());
        Assert.Equal(10, request.GetProperty("size").GetInt32());
        await Assertions.Expect(Editor.RelatedTitles).ToHaveTextAsync([
            "Gubernur Rina Halim resmikan jembatan Sungai Lamo (membuka tab baru)",
            "Gubernur tinjau jembatan yang retak (membuka tab baru)",
            "DPRD Lamo panggil gubernur soal anggaran jembatan (membuka tab baru)",
            "Pembangunan jembatan dorong ekonomi desa (membuka tab baru)",
        ]);
        await Assertions.Expect(EditorPage.NoteOf(Editor.RelatedPanel)).ToHaveTextAsync("4 artikel, paling relevan di atas.");
        await Assertions.Expect(Editor.RelatedPanel.Locator(".coverage-meta").First).ToHaveTextAsync("kabarnusa.id · 15 Januari 2024 · politik");
        await Assertions.Expect(Editor.RelatedPanel.Locator(".coverage-shared").Nth(2)).ToHaveTextAsync("Sama-sama menyebut: Rina Halim, Agus Wiranata");
        await Assertions.Expect(Editor.RelatedTitles.First).ToHaveAttributeAsync("href", "./?article=p1");
        await Assertions.Expect(Editor.RelatedTitles.First).ToHaveAttributeAsync("target", "_blank");
        await Assertions.Expect(Editor.Status).ToHaveTextAsync("Analisis selesai. 4 liputan terkait. 5 saran tag.");

        await Editor.RelatedPanel.GetByRole(AriaRole.Radio, new() { Name = "Terbaru" }).CheckAsync();

        await Assertions.Expect(Editor.RelatedPanel.Locator(".coverage-item")).ToHaveCountAsync(4);
        Assert.Equal(["p5", "e3", "p2", "p1"], await Editor.RelatedPanel.Locator(".coverage-item").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.id)"));
        await Assertions.Expect(EditorPage.NoteOf(Editor.RelatedPanel)).ToHaveTextAsync("4 artikel, terbaru di atas.");
        Assert.Single(requests);
    }

    [Fact]
    public async Task SuggestedTagsListPersonsByMentionsThenOrganisationsPlacesAndTopic()
    {
        await EditorStubs.RelatedAsync(Reader.Page, ["p1"]);
        var requests = await EditorStubs.AnalyzeAsync(Reader.Page, EditorStubs.DraftAnalysis);
        await EditorStubs.TimelineAsync(Reader.Page);
        await Editor.OpenAsync();

        await Editor.AnalyzeDraftAsync();

        var request = Assert.Single(requests);
        Assert.Equal(EditorPage.DraftTitle, request.GetProperty("title").GetString());
        Assert.Equal(EditorPage.DraftBody, request.GetProperty("body").GetString());
        var groups = Editor.TagsPanel.Locator(".tag-group");
        await Assertions.Expect(groups.Locator(".tag-group-title")).ToHaveTextAsync(["Tokoh", "Organisasi", "Tempat", "Topik"]);
        await Assertions.Expect(groups.Nth(0).GetByRole(AriaRole.Link)).ToHaveTextAsync([
            "Rina Halim3×, disebut 3 kali (membuka tab baru)",
            "Agus Wiranata1×, disebut 1 kali (membuka tab baru)",
        ]);
        await Assertions.Expect(groups.Nth(0).Locator(".tag-aliases")).ToHaveTextAsync(["juga: Rina, Gubernur Rina Halim", "juga: Agus"]);
        await Assertions.Expect(groups.Nth(0).GetByRole(AriaRole.Link).First).ToHaveAttributeAsync("href", "./?person=Rina+Halim");
        await Assertions.Expect(groups.Nth(1).GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "./?q=%22DPRD+Lamo%22");
        await Assertions.Expect(groups.Nth(2).GetByRole(AriaRole.Link)).ToHaveTextAsync(["Sungai Lamo1×, disebut 1 kali (membuka tab baru)"]);
        await Assertions.Expect(groups.Nth(3).Locator(".topic-tag")).ToHaveAttributeAsync("href", "./?topic=politik");
        await Assertions.Expect(Editor.TagsPanel.Locator(".topic-scores li")).ToHaveTextAsync(["politik0,82", "ekonomi0,31", "olahraga0,02"]);
    }

    [Fact]
    public async Task TimelineFollowsTheMostMentionedPersonAndThenTheChosenOne()
    {
        await EditorStubs.RelatedAsync(Reader.Page, ["p1"]);
        await EditorStubs.AnalyzeAsync(Reader.Page, EditorStubs.DraftAnalysis);
        var requests = await EditorStubs.TimelineAsync(Reader.Page);
        await Editor.OpenAsync();

        await Editor.AnalyzeDraftAsync();

        var summary = Editor.TimelinePanel.Locator(".timeline-summary");
        await Assertions.Expect(summary).ToHaveTextAsync("Rina Halim: 4 artikel, Jan 2024 – Mei 2025.");
        Assert.Equal("?person=Rina+Halim&interval=month", Assert.Single(requests));
        await Assertions.Expect(Editor.TimelinePanel.Locator(".timeline-bar")).ToHaveCountAsync(17);
        await Assertions.Expect(Editor.TimelineMonths.Locator(".timeline-month")).ToHaveTextAsync([
            new Regex("^Mei 2025.*1 artikel$"), new Regex("^Februari 2025.*1 artikel$"), new Regex("^Maret 2024.*1 artikel$"), new Regex("^Januari 2024.*1 artikel$"),
        ]);
        await Assertions.Expect(Editor.TimelineMonths.Locator(".timeline-top a")).ToHaveTextAsync([
            "Gubernur tinjau jembatan yang retak (membuka tab baru)",
            "Pembangunan jembatan dorong ekonomi desa (membuka tab baru)",
            "DPRD Lamo panggil gubernur soal anggaran jembatan (membuka tab baru)",
            "Gubernur Rina Halim resmikan jembatan Sungai Lamo (membuka tab baru)",
        ]);
        await Assertions.Expect(Editor.TimelineMonths.First.Locator(".timeline-month a"))
            .ToHaveAttributeAsync("href", "./?person=Rina+Halim&from=2025-05-01&to=2025-05-31");

        await Editor.TimelinePerson.SelectOptionAsync("Agus Wiranata");

        await Assertions.Expect(summary).ToHaveTextAsync("Agus Wiranata: 3 artikel, Mar 2024 – Feb 2025.");
        await Assertions.Expect(Editor.TimelineMonths).ToHaveCountAsync(3);
        Assert.Equal("?person=Agus+Wiranata&interval=month", requests[^1]);
    }

    [Fact]
    public async Task ALongTimelineListsTheLatestTwelveMonthsUntilAskedForAll()
    {
        await EditorStubs.RelatedAsync(Reader.Page, ["p1"]);
        await EditorStubs.AnalyzeAsync(Reader.Page, EditorStubs.DraftAnalysis);
        var months = Enumerable.Range(0, 14).Select(i => new DateOnly(2023, 1, 1).AddMonths(i)).ToList();
        await Reader.Page.RouteAsync(EditorStubs.TimelineRoute, route => route.FulfillAsync(new()
        {
            ContentType = "application/json",
            Body = JsonSerializer.Serialize(new
            {
                buckets = months.Select((m, i) => new { key = m.ToString("yyyy-MM", CultureInfo.InvariantCulture), start = m, count = i == 5 ? 3 : 1, top = (object?)null }),
            }, JsonSerializerOptions.Web),
        }));
        await Editor.OpenAsync();

        await Editor.AnalyzeDraftAsync();

        await Assertions.Expect(Editor.TimelinePanel.Locator(".timeline-summary"))
            .ToHaveTextAsync("Rina Halim: 16 artikel, Jan 2023 – Feb 2024. Terbanyak Juni 2023 (3 artikel).");
        await Assertions.Expect(Editor.TimelineMonths.Filter(new() { Visible = true })).ToHaveCountAsync(12);
        await Assertions.Expect(Editor.TimelineMonths.Filter(new() { Visible = true }).Last.Locator(".timeline-month a")).ToContainTextAsync("Maret 2023");

        await Editor.TimelinePanel.GetByRole(AriaRole.Button, new() { Name = "Tampilkan semua 14 bulan" }).ClickAsync();

        await Assertions.Expect(Editor.TimelineMonths.Filter(new() { Visible = true })).ToHaveCountAsync(14);
        await Assertions.Expect(Editor.TimelineMonths.Nth(12).Locator(".timeline-month a")).ToBeFocusedAsync();
        await Assertions.Expect(Editor.TimelinePanel.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AnEmptyDraftIsNotSent()
    {
        var apiCalls = new List<string>();
        Reader.Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/", StringComparison.Ordinal))
            {
                apiCalls.Add(request.Url);
            }
        };
        await Editor.OpenAsync();

        await Editor.Title.FillAsync("   ");
        await Editor.AnalyzeButton.ClickAsync();

        await Assertions.Expect(Reader.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Tempel judul atau isi draf terlebih dahulu.");
        await Assertions.Expect(Editor.Body).ToBeFocusedAsync();
        await Assertions.Expect(EditorPage.NoteOf(Editor.RelatedPanel)).ToHaveTextAsync("Artikel arsip yang paling dekat dengan draf.");
        Assert.Empty(apiCalls);
    }

    [Fact]
    public async Task AProblemFromTheServerIsShownInItsPanelOnly()
    {
        await Reader.Page.RouteAsync(EditorStubs.RelatedRoute, route => route.FulfillAsync(new()
        {
            Status = 400,
            ContentType = "application/problem+json",
            Body = """{"title":"One or more validation errors occurred.","status":400,"detail":"'body' is 200001 characters long; at most 200000 are allowed."}""",
        }));
        await EditorStubs.AnalyzeAsync(Reader.Page, EditorStubs.DraftAnalysis);
        await EditorStubs.TimelineAsync(Reader.Page);
        await Editor.OpenAsync();

        await Editor.AnalyzeDraftAsync();

        await Assertions.Expect(EditorPage.NoteOf(Editor.RelatedPanel))
            .ToHaveTextAsync("Tidak dapat dimuat: 'body' is 200001 characters long; at most 200000 are allowed.");
        await Assertions.Expect(Editor.RelatedTitles).ToHaveCountAsync(0);
        await Assertions.Expect(Editor.TagsPanel.Locator(".person-tag")).ToHaveCountAsync(2);
        await Assertions.Expect(Editor.TimelinePanel.Locator(".timeline-summary")).ToHaveTextAsync("Rina Halim: 4 artikel, Jan 2024 – Mei 2025.");
    }

    [Fact]
    public async Task TheDraftAndTheOrderSurviveAReload()
    {
        await EditorStubs.RelatedAsync(Reader.Page, ["p1", "p5"]);
        await EditorStubs.AnalyzeAsync(Reader.Page, EditorStubs.DraftAnalysis);
        await EditorStubs.TimelineAsync(Reader.Page);
        await Editor.OpenAsync();
        await Editor.AnalyzeDraftAsync();
        await Reader.Page.GetByRole(AriaRole.Radio, new() { Name = "Terbaru" }).CheckAsync();

        await Reader.Page.ReloadAsync();

        await Assertions.Expect(Editor.Title).ToHaveValueAsync(EditorPage.DraftTitle);
        await Assertions.Expect(Editor.Body).ToHaveValueAsync(EditorPage.DraftBody);
        await Assertions.Expect(Reader.Page.Locator("#draft-stats")).ToHaveTextAsync("30 kata · 212 karakter");
        // The order switch stays hidden until there is coverage to order.
        await Assertions.Expect(Reader.Page.Locator("input[name='related-order'][value='newest']")).ToBeCheckedAsync();

        await Reader.Page.GetByRole(AriaRole.Button, new() { Name = "Kosongkan" }).ClickAsync();
        await Reader.Page.ReloadAsync();

        await Assertions.Expect(Editor.Body).ToHaveValueAsync("");
        await Assertions.Expect(Reader.Page.Locator("#draft-stats")).ToHaveTextAsync("0 kata · 0 karakter");
    }
}
