namespace Search.Web.Tests;

/// <summary>
/// One API server over <see cref="FixtureArticles"/> and one headless system Chromium, shared by the
/// browser tests; each test opens its own browser context.
/// </summary>
public sealed class ReaderFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private LiveApiServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Another site, at another origin, that the API's CORS allowlist names.</summary>
    public HostPageServer PartnerSite { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/ensure-dependencies.sh chromium.");
        }
        Assertions.SetDefaultExpectTimeout(10_000);
        PartnerSite = await HostPageServer.StartAsync();
        server = new LiveApiServer(FixtureArticles.All, allowedOrigins: [PartnerSite.Origin]);
        BaseAddress = server.Start();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>A fresh page (own cookies, own history) of the given size, in the given time zone.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string timeZone = "Asia/Jakarta")
    {
        var context = await browser!.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            Locale = "id-ID",
            TimezoneId = timeZone,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        if (PartnerSite is not null)
        {
            await PartnerSite.DisposeAsync();
        }
    }
}
