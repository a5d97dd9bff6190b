namespace Search.Web.Tests;

/// <summary>Base of the browser tests: a fresh browser context per test over the shared server.</summary>
[Collection(ReaderCollection.Name)]
public abstract class ReaderTest(ReaderFixture fixture) : IAsyncLifetime
{
    protected ReaderFixture Fixture { get; } = fixture;

    protected ReaderPage Reader { get; private set; } = null!;

    /// <summary>Viewport and time zone of the page each test starts with.</summary>
    protected virtual (int Width, int Height, string TimeZone) Viewport => (1280, 900, "Asia/Jakarta");

    public async Task InitializeAsync()
    {
        var (width, height, timeZone) = Viewport;
        Reader = new ReaderPage(await Fixture.NewPageAsync(width, height, timeZone));
    }

    public async Task DisposeAsync() => await Reader.Page.Context.CloseAsync();
}
