using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Articles;
using Search.Core.Indexing;

namespace Search.Api.Tests;

/// <summary>
/// The journal of live writes is compacted once a rebuild's generation has caught up with it, and every
/// posted article survives: the switch, a restart, a compaction cut short before its commit, and the next rebuild.
/// </summary>
public sealed class JournalCompactionTests : IDisposable
{
    private static readonly Dictionary<string, string> Settings = new() { ["RateLimiting:Enabled"] = "false" };
    private readonly string indexPath = Path.Combine(Path.GetTempPath(), "search-compaction-test-" + Guid.NewGuid().ToString("N"));

    private LiveWriteJournal Journal => new(indexPath);

    [Fact]
    public async Task ARebuildSwitchCompactsTheJournalAndEveryPostedArticleSurvivesRestartsAndTheNextRebuild()
    {
        using (var factory = new HardenedApiFactory(ApiArticles.All, Settings, indexPath))
        {
            var admin = factory.CreateClient(HardenedApiFactory.AdminKey);
            await Post(admin, "kapal-1", "Kapal feri versi pertama");
            await Post(admin, "kapal-1", "Kapal feri versi kedua");
            await Post(admin, "kapal-2", "Kapal tongkang kandas");
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/admin/articles/kapal-2")).StatusCode);
            Assert.Equal(["upsert kapal-1", "upsert kapal-1", "upsert kapal-2", "delete kapal-2"], JournalWrites());

            Rebuild("g-1");
            Assert.True(await Eventually(() => Journal.End.Epoch.Length > 0), "the journal was not compacted within 5 s of the switch");

            Assert.Equal(["upsert kapal-1", "delete kapal-2"], JournalWrites());
            Assert.Equal(["g-1"], await AdminIngestionTests.SearchIds(admin, "jembatan"));
            Assert.Equal(["kapal-1"], await AdminIngestionTests.SearchIds(admin, "kapal"));
            Assert.Equal("Kapal feri versi kedua", await Body(admin, "kapal-1"));
            await Post(admin, "kapal-3", "Kapal pesiar tiba");
            await Post(admin, "kapal-3", "Kapal pesiar tiba lebih awal");
        }

        // A compaction cut short between its rename and its commit: the commit records a position of the old epoch.
        var recorded = Journal.End;
        Assert.NotNull(Journal.Compact());
        Assert.NotEqual(recorded.Epoch, Journal.End.Epoch);

        using (var factory = new HardenedApiFactory(null, Settings, indexPath))
        {
            var admin = factory.CreateClient(HardenedApiFactory.AdminKey);
            Assert.Equal(["kapal-1", "kapal-3"], (await AdminIngestionTests.SearchIds(admin, "kapal")).Order());
            Assert.Equal("Kapal pesiar tiba lebih awal", await Body(admin, "kapal-3"));

            Rebuild("g-2");
            Assert.True(await Eventually(async () => (await AdminIngestionTests.SearchIds(admin, "jembatan")).SequenceEqual(["g-2"])));
            Assert.Equal(["kapal-1", "kapal-3"], (await AdminIngestionTests.SearchIds(admin, "kapal")).Order());
            Assert.Equal(["upsert kapal-1", "delete kapal-2", "upsert kapal-3"], JournalWrites());
        }
    }

    /// <summary>What <c>index --rebuild</c> does: a new generation from the source files (here one article), the journal, the switch.</summary>
    private void Rebuild(string sourceId)
    {
        var generation = IndexLayout.CreateNextGeneration(indexPath);
        using (var writer = new ArticleIndexWriter(generation, ArticleAnalyzer.Create(NullLoggerFactory.Instance), rebuild: true))
        {
            writer.Upsert(new Article
            {
                Id = sourceId,
                Source = "contoh.id",
                Title = "Jembatan gantung " + sourceId,
                Body = "Jembatan gantung dibangun ulang.",
                Published = new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.FromHours(7)),
            });
            Journal.ReplayInto(writer, IndexCommitData.For(1));
        }

        IndexLayout.Switch(indexPath, generation);
    }

    private List<string> JournalWrites()
    {
        var writes = new List<string>();
        Journal.Replay(JournalPosition.Start, a => writes.Add("upsert " + a.Id), id => writes.Add("delete " + id));
        return writes;
    }

    private static async Task Post(HttpClient admin, string id, string body) =>
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/admin/articles", AdminIngestionTests.Ndjson(AdminIngestionTests.Line(id, body)))).StatusCode);

    private static async Task<string> Body(HttpClient client, string id)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{id}"));
        return json.RootElement.GetProperty("body").GetString()!;
    }

    private static Task<bool> Eventually(Func<bool> condition) => Eventually(() => Task.FromResult(condition()));

    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    public void Dispose()
    {
        if (Directory.Exists(indexPath))
        {
            Directory.Delete(indexPath, recursive: true);
        }
    }
}
