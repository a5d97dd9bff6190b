using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Articles;
using Search.Core.Indexing;

namespace Search.Api.Tests;

public sealed class RebuildSwapTests
{
    [Fact]
    public async Task ARebuildSwitchesUnderLoadWithoutFailedSearchesOrLostLiveWrites()
    {
        using var factory = new HardenedApiFactory(ApiArticles.All, new() { ["RateLimiting:Enabled"] = "false" });
        var admin = factory.CreateClient(HardenedApiFactory.AdminKey);
        Assert.Equal(HttpStatusCode.OK, (await Post(admin, "posted-before", "Kapal feri bersandar lebih awal")).StatusCode);

        var statuses = new ConcurrentBag<HttpStatusCode>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var client = factory.CreateClient();
            while (!stop.IsCancellationRequested)
            {
                statuses.Add((await client.GetAsync("/api/search?q=jembatan&size=20")).StatusCode);
            }
        })).ToList();

        // What `index --rebuild` does: a new generation from the source files, then the API's journal, then the switch.
        var generation = IndexLayout.CreateNextGeneration(factory.IndexPath);
        using (var writer = new ArticleIndexWriter(generation, ArticleAnalyzer.Create(NullLoggerFactory.Instance), rebuild: true))
        {
            writer.Upsert(Rebuilt("g-1", "Jembatan gantung dibangun ulang"));
            writer.Upsert(Rebuilt("g-2", "Jembatan layang dibuka"));
            new LiveWriteJournal(factory.IndexPath).ReplayInto(writer, IndexCommitData.For(2));
        }

        Assert.Equal(HttpStatusCode.OK, (await Post(admin, "posted-during", "Kapal tongkang kandas")).StatusCode);
        IndexLayout.Switch(factory.IndexPath, generation);
        var switched = await Eventually(async () => (await AdminIngestionTests.SearchIds(admin, "jembatan")).Order().SequenceEqual(["g-1", "g-2"]));
        await Task.Delay(500);
        stop.Cancel();
        await Task.WhenAll(load);

        Assert.True(switched, "the API did not serve the new generation within 5 s");
        Assert.True(statuses.Count > 20, $"only {statuses.Count} searches ran");
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(["posted-before", "posted-during"], (await AdminIngestionTests.SearchIds(admin, "kapal")).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/articles/k1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Post(admin, "posted-after", "Kapal pesiar tiba")).StatusCode);
        Assert.Equal(3, (await AdminIngestionTests.SearchIds(admin, "kapal")).Count);
    }

    private static Task<HttpResponseMessage> Post(HttpClient admin, string id, string body) =>
        admin.PostAsync("/api/admin/articles", AdminIngestionTests.Ndjson(AdminIngestionTests.Line(id, body)));

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

    private static Article Rebuilt(string id, string title) => new()
    {
        Id = id,
        Url = $"https://contoh.id/{id}",
        Source = "contoh.id",
        Title = title,
        Body = title + ".",
        Published = new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.FromHours(7)),
    };
}
