using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Search.Api.Tests;

public sealed class AdminIngestionTests : IDisposable
{
    private readonly HardenedApiFactory factory = new(ApiArticles.All);

    [Fact]
    public async Task PostedArticleIsSearchableAtOnceAndSurvivesARestart()
    {
        var path = Path.Combine(Path.GetTempPath(), "search-hard-test-" + Guid.NewGuid().ToString("N"));
        var first = new HardenedApiFactory(ApiArticles.All, indexPath: path);
        var admin = first.CreateClient(HardenedApiFactory.AdminKey);

        var posted = await admin.PostAsync("/api/admin/articles", Ndjson(Line("live-1", "Banjir rob merendam pelabuhan Lamo")));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        using (var body = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()))
        {
            Assert.Equal(1, body.RootElement.GetProperty("created").GetInt32());
            Assert.Equal("created", body.RootElement.GetProperty("records")[0].GetProperty("status").GetString());
        }

        Assert.Equal(["live-1"], await SearchIds(admin, "pelabuhan"));
        first.Dispose();
        try
        {
            using var restarted = new HardenedApiFactory(indexPath: path);
            Assert.Equal(["live-1"], await SearchIds(restarted.CreateClient(), "pelabuhan"));
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }

    [Fact]
    public async Task JsonArrayRecordsAreReportedByElementWithTheIndexerReasons()
    {
        var admin = factory.CreateClient(HardenedApiFactory.AdminKey);
        var array = $"[{Line("arr-1", "Pasar terapung dibuka")},{Line("arr-2", "")},{{\"id\":\"arr-3\",\"title\":\"Tanpa tanggal\",\"body\":\"Isi tanpa tanggal terbit.\"}}]";

        var response = await admin.PostAsync("/api/admin/articles", new StringContent(array, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var records = body.RootElement.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], records.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal(["created", "rejected", "rejected"], records.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal("MissingBody", records[1].GetProperty("reason").GetString());
        Assert.Equal("MissingField", records[2].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task SingleObjectUpsertsByIdAndAnEverythingRejectedBodyIsUnprocessable()
    {
        var admin = factory.CreateClient(HardenedApiFactory.AdminKey);

        var first = await admin.PostAsync("/api/admin/articles", new StringContent(Line("k1", "Gubernur menutup jembatan lama"), Encoding.UTF8, "application/json"));
        var bad = await admin.PostAsync("/api/admin/articles", new StringContent("{ not json", Encoding.UTF8, "application/json"));

        using var body = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        Assert.Equal(1, body.RootElement.GetProperty("updated").GetInt32());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Equal(3, await Total(admin, ""));
    }

    [Fact]
    public async Task RawPageTextGoesThroughTheRawParser()
    {
        var admin = factory.CreateClient(HardenedApiFactory.AdminKey);
        var page = "Warga Lamo gotong royong membersihkan sungai\nSiti Aminah - 12 Maret 2024 09:15 WIB\n\nRatusan warga Lamo membersihkan sungai dari sampah plastik pada Minggu pagi.\n";

        var response = await admin.PostAsync("/api/admin/articles?name=kabarnusa-2024-03-12-sungai.txt", new StringContent(page, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await SearchIds(admin, "plastik"));
    }

    [Fact]
    public async Task HtmlPageGoesThroughTheHtmlParserAndAPageWithoutAnArticleIsUnprocessable()
    {
        var admin = factory.CreateClient(HardenedApiFactory.AdminKey);
        const string page = """
            <!DOCTYPE html>
            <html lang="id"><head><title>Perahu Hias Meriahkan Teluk Lamo - Kabar Lamo</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Perahu Hias Meriahkan Teluk Lamo","datePublished":"2024-08-17T16:00:00+08:00","author":[{"@type":"Person","name":"Laode Saleh"}],"articleSection":"Daerah","keywords":"perahu hias, Lamo","url":"https://kabarlamo.id/daerah/perahu-hias-meriahkan-teluk-lamo"}</script>
            </head><body><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
            <article><h1>Perahu Hias Meriahkan Teluk Lamo</h1>
            <div itemprop="articleBody"><p>Lamo - Empat puluh perahu hias berlayar mengelilingi Teluk Lamo pada Sabtu sore.</p>
            <div class="baca-juga"><a href="/x">Festival Layang-layang Digelar Pekan Depan</a></div>
            <p>Nelayan menghias perahu mereka dengan bendera dan janur sejak pagi.</p></div></article>
            <div id="komentar"><p>Meriah sekali tahun ini!</p></div></body></html>
            """;

        var posted = await admin.PostAsync("/api/admin/articles", new StringContent(page, Encoding.UTF8, "text/html"));
        var empty = await admin.PostAsync("/api/admin/articles?name=indeks.html", new StringContent("<html><head><title>Indeks Berita</title></head><body><ul><li><a href=\"/a\">Satu</a></li></ul></body></html>", Encoding.UTF8, "text/html"));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        using (var body = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()))
        {
            var record = body.RootElement.GetProperty("records")[0];
            Assert.Equal(("request.html", 3, "created"), (record.GetProperty("source").GetString(), record.GetProperty("line").GetInt32(), record.GetProperty("status").GetString()));
        }

        var id = Assert.Single(await SearchIds(admin, "perahu hias"));
        using (var article = JsonDocument.Parse(await admin.GetStringAsync($"/api/articles/{id}")))
        {
            var root = article.RootElement;
            Assert.Equal("Perahu Hias Meriahkan Teluk Lamo", root.GetProperty("title").GetString());
            Assert.Equal("Laode Saleh", root.GetProperty("author").GetString());
            Assert.Equal("kabarlamo.id", root.GetProperty("source").GetString());
            Assert.Equal("Empat puluh perahu hias berlayar mengelilingi Teluk Lamo pada Sabtu sore.\n\nNelayan menghias perahu mereka dengan bendera dan janur sejak pagi.", root.GetProperty("body").GetString());
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        using var rejected = JsonDocument.Parse(await empty.Content.ReadAsStringAsync());
        var only = rejected.RootElement.GetProperty("records")[0];
        Assert.Equal(("indeks.html", 1, "MissingBody"), (only.GetProperty("source").GetString(), only.GetProperty("line").GetInt32(), only.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task DeleteRemovesTheArticleFromSearchAtOnceAndUnknownIdsAre404()
    {
        var admin = factory.CreateClient(HardenedApiFactory.AdminKey);

        var deleted = await admin.DeleteAsync("/api/admin/articles/k2");
        var again = await admin.DeleteAsync("/api/admin/articles/k2");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Empty(await SearchIds(admin, "skuad"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/articles/k2")).StatusCode);
    }

    [Fact]
    public async Task AdminNeedsAnAdminKey()
    {
        var none = await factory.CreateClient().PostAsync("/api/admin/articles", Ndjson(Line("x", "isi")));
        var wrong = await factory.CreateClient("not-a-key").DeleteAsync("/api/admin/articles/k1");
        var read = await factory.CreateClient(HardenedApiFactory.ReadKey).PostAsync("/api/admin/articles", Ndjson(Line("x", "isi")));

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("ApiKey header=\"X-Api-Key\"", none.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(3, await Total(factory.CreateClient(), ""));
    }

    [Fact]
    public async Task UnsupportedContentTypeIs415()
    {
        var content = new ByteArrayContent([1, 2, 3]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        var response = await factory.CreateClient(HardenedApiFactory.AdminKey).PostAsync("/api/admin/articles", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    internal static StringContent Ndjson(params string[] lines) =>
        new(string.Join("\n", lines) + "\n", Encoding.UTF8, "application/x-ndjson");

    internal static string Line(string id, string body) =>
        JsonSerializer.Serialize(new
        {
            id,
            url = $"https://contoh.id/{id}",
            source = "contoh.id",
            title = "Judul " + id,
            published = "2024-05-01T10:00:00+07:00",
            category = "Daerah",
            body,
            tags = Array.Empty<string>(),
            persons = Array.Empty<string>(),
        });

    internal static async Task<List<string>> SearchIds(HttpClient client, string q)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(q)}"));
        return json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
    }

    private static async Task<int> Total(HttpClient client, string q)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(q)}"));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    public void Dispose() => factory.Dispose();
}
