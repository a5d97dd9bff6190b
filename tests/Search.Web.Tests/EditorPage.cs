namespace Search.Web.Tests;

/// <summary>The editor workspace as a test sees it: the draft form, the three panels, and a way to analyse a draft.</summary>
public sealed class EditorPage(IPage page)
{
    public const string DraftTitle = "Gubernur Rina Halim janjikan perbaikan jembatan Sungai Lamo";

    public const string DraftBody =
        "Gubernur Rina Halim berjanji memperbaiki jembatan gantung di Sungai Lamo yang retak sebelum musim hujan.\n\n"
        + "Ketua fraksi Agus Wiranata meminta DPRD Lamo mengawasi anggaran perbaikan. \"Warga berhak tahu,\" kata Rina.";

    public IPage Page { get; } = page;

    public ILocator Title => Page.GetByLabel("Judul");

    public ILocator Body => Page.GetByLabel("Isi draf");

    public ILocator AnalyzeButton => Page.GetByRole(AriaRole.Button, new() { Name = "Analisis draf" });

    public ILocator Status => Page.Locator("#analysis-status");

    public ILocator RelatedPanel => Page.GetByRole(AriaRole.Region, new() { Name = "Liputan terkait" });

    public ILocator RelatedTitles => RelatedPanel.Locator(".coverage-title");

    public ILocator TagsPanel => Page.GetByRole(AriaRole.Region, new() { Name = "Saran tag" });

    public ILocator TimelinePanel => Page.GetByRole(AriaRole.Region, new() { Name = "Linimasa tokoh" });

    public ILocator TimelinePerson => TimelinePanel.GetByLabel("Tokoh:");

    public ILocator TimelineMonths => TimelinePanel.Locator(".timeline-item");

    /// <summary>The sentence under a panel's heading that says what the panel holds (or why it holds nothing).</summary>
    public static ILocator NoteOf(ILocator panel) => panel.Locator(".panel-note");

    public async Task OpenAsync()
    {
        await Page.GotoAsync("/editor");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Draf berita" })).ToBeVisibleAsync();
    }

    /// <summary>Pastes the standard draft and analyses it; returns when the status line says it is done.</summary>
    public async Task AnalyzeDraftAsync(string title = DraftTitle, string body = DraftBody)
    {
        await Title.FillAsync(title);
        await Body.FillAsync(body);
        await AnalyzeButton.ClickAsync();
        await Assertions.Expect(Status).ToContainTextAsync("Analisis selesai");
    }
}
