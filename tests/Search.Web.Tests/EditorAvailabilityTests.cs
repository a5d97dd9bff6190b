using System.Net;
using System.Net.Http.Json;

namespace Search.Web.Tests;

/// <summary>
/// The editor on a server that lacks some of its endpoints: each panel says "belum tersedia" instead of
/// failing, and what one endpoint gives stands in for another where it can. Also the page against the
/// real server, whatever it has today.
/// </summary>
public sealed class EditorAvailabilityTests(ReaderFixture fixture) : ReaderTest(fixture)
{
    private const string NotAvailable = "Belum tersedia: server ini belum menyediakan fitur ini.";

    private EditorPage Editor => new(Reader.Page);

    [Fact]
    public async Task PanelsSayNotAvailableWhenTheServerLacksTheirEndpoints()
    {
        var problems = WatchForProblems(Reader.Page);
        await EditorStubs.MissingAsync(Reader.Page, EditorStubs.RelatedRoute);
        await EditorStubs.MissingAsync(Reader.Page, EditorStubs.AnalyzeRoute);
        await EditorStubs.MissingAsync(Reader.Page, EditorStubs.TimelineRoute);
        await Editor.OpenAsync();

        await Editor.AnalyzeDraftAsync();

        await Assertions.Expect(Editor.Status).ToHaveTextAsync("Analisis selesai.");
        await Assertions.Expect(EditorPage.NoteOf(Editor.RelatedPanel)).ToHaveTextAsync(NotAvailable);
        await Assertions.Expect(EditorPage.NoteOf(Editor.TagsPanel)).ToHaveTextAsync(NotAvailable);
        await Assertions.Expect(EditorPage.NoteOf(Editor.TimelinePanel)).ToHaveTextAsync("Tokoh utama belum dapat dikenali karena saran tag belum tersedia.");
        await Assertions.Expect(Editor.RelatedPanel.GetByRole(AriaRole.Radio)).ToHaveCountAsync(0);
        await Assertions.Expect(Reader.Page.GetByRole(AriaRole.Alert)).ToBeHiddenAsync();
        Assert.Empty(problems);
    }

    [Fact]
    public async Task WithoutAnalysisTheTagsComeFromRelatedCoverageAndAMissingTimelineSaysSo()
    {
        var problems = WatchForProblems(Reader.Page);
        await EditorStubs.RelatedAsync(Reader.Page, ["p5", "p1"], persons: ["Rina Halim", "Agus Wiranata"], topic: "politik");
        await EditorStubs.MissingAsync(Reader.Page, EditorStubs.AnalyzeRoute);
        await EditorStubs.MissingAsync(Reader.Page, EditorStubs.TimelineRoute);
        await Editor.OpenAsync();

        await Editor.AnalyzeDraftAsync();

        await Assertions.Expect(Editor.RelatedTitles).ToHaveCountAsync(2);
        await Assertions.Expect(EditorPage.NoteOf(Editor.TagsPanel))
            .ToHaveTextAsync("Tokoh dan topik yang dipakai untuk mencari liputan terkait (saran lengkap belum tersedia).");
        await Assertions.Expect(Editor.TagsPanel.Locator(".person-tag")).ToHaveTextAsync(["Rina Halim (membuka tab baru)", "Agus Wiranata (membuka tab baru)"]);
        await Assertions.Expect(Editor.TagsPanel.Locator(".topic-tag")).ToHaveTextAsync("politik (membuka tab baru)");
        await Assertions.Expect(EditorPage.NoteOf(Editor.TimelinePanel)).ToHaveTextAsync(NotAvailable);
        await Assertions.Expect(Editor.TimelinePerson).ToBeHiddenAsync();
        Assert.Empty(problems);
    }

    /// <summary>
    /// Whatever the server has today: each endpoint it answers must fill its panel with what the fixture
    /// index holds; each it lacks must leave the panel saying so. Nothing is stubbed here.
    /// </summary>
    [Fact]
    public async Task AgainstTheRealServerEveryPanelShowsItsEndpointOrSaysItIsNotThere()
    {
        var related = await ExistsAsync(HttpMethod.Post, "api/related");
        var analyze = await ExistsAsync(HttpMethod.Post, "api/analyze");
        var timeline = await ExistsAsync(HttpMethod.Get, "api/timeline?person=Rina%20Halim&interval=month");
        var problems = WatchForProblems(Reader.Page);
        await Editor.OpenAsync();

        await Editor.AnalyzeDraftAsync();

        if (related)
        {
            await Assertions.Expect(Editor.RelatedPanel.Locator(".coverage-item[data-id='p1']")).ToHaveCountAsync(1);
            await Assertions.Expect(Editor.RelatedPanel.Locator(".coverage-item[data-id='p5']")).ToHaveCountAsync(1);
        }
        else
        {
            await Assertions.Expect(EditorPage.NoteOf(Editor.RelatedPanel)).ToHaveTextAsync(NotAvailable);
        }
        if (analyze)
        {
            await Assertions.Expect(Editor.TagsPanel.Locator(".person-tag").First).ToBeVisibleAsync();
        }
        else if (!related)
        {
            await Assertions.Expect(EditorPage.NoteOf(Editor.TagsPanel)).ToHaveTextAsync(NotAvailable);
        }
        if (!analyze && !related)
        {
            await Assertions.Expect(EditorPage.NoteOf(Editor.TimelinePanel)).ToHaveTextAsync("Tokoh utama belum dapat dikenali karena saran tag belum tersedia.");
        }
        else if (timeline)
        {
            if (await Editor.TimelinePerson.IsVisibleAsync())
            {
                await Editor.TimelinePerson.SelectOptionAsync("Rina Halim");
            }
            await Assertions.Expect(Editor.TimelinePanel.Locator(".timeline-summary")).ToHaveTextAsync("Rina Halim: 4 artikel, Jan 2024 – Mei 2025.");
        }
        else
        {
            await Assertions.Expect(EditorPage.NoteOf(Editor.TimelinePanel)).ToHaveTextAsync(NotAvailable);
        }
        Assert.Empty(problems);
    }

    /// <summary>True when the server answers the endpoint with anything but "no such route" (404 or 405).</summary>
    private async Task<bool> ExistsAsync(HttpMethod method, string path)
    {
        using var http = new HttpClient { BaseAddress = Fixture.BaseAddress };
        using var request = new HttpRequestMessage(method, path);
        if (method == HttpMethod.Post)
        {
            request.Content = JsonContent.Create(new { title = EditorPage.DraftTitle, body = EditorPage.DraftBody, size = 10 });
        }
        using var response = await http.SendAsync(request);
        return response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed);
    }

    /// <summary>Console errors and script errors, apart from the browser's own note on every failed request.</summary>
    private static List<string> WatchForProblems(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                problems.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        return problems;
    }
}
