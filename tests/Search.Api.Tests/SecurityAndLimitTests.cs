using System.Net;
using System.Text;

namespace Search.Api.Tests;

public sealed class SecurityAndLimitTests
{
    [Fact]
    public async Task ClientsOverTheRateLimitGet429WithRetryAfterPerKey()
    {
        using var factory = new HardenedApiFactory(ApiArticles.All, new() { ["RateLimiting:PermitsPerSecond"] = "1", ["RateLimiting:Burst"] = "3" });
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
        {
            responses.Add(await anonymous.GetAsync("/api/search?q=jembatan"));
        }

        // A burst of 3; one more token may arrive if the loop straddles a second.
        Assert.All(responses.Take(3), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.InRange(responses.Count(r => r.StatusCode == HttpStatusCode.OK), 3, 4);
        var refused = responses.Last(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(refused.Headers.RetryAfter!.ToString()) >= 1);
        Assert.Contains("1 requests per second", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient(HardenedApiFactory.ReadKey).GetAsync("/api/search?q=jembatan")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task SearchCanRequireAKeyWhileHealthStaysOpen()
    {
        using var factory = new HardenedApiFactory(ApiArticles.All, new() { ["Security:RequireKeyForSearch"] = "true" });

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/search?q=jembatan")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient("guess").GetAsync("/api/articles/k1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient(HardenedApiFactory.ReadKey).GetAsync("/api/search?q=jembatan")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient(HardenedApiFactory.AdminKey).GetAsync("/api/articles/k1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task SearchIsOpenWithoutAKeyByDefault()
    {
        using var factory = new HardenedApiFactory(ApiArticles.All);

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/api/search?q=jembatan")).StatusCode);
    }

    [Fact]
    public async Task ABodyOverTheLimitIs413NamingTheLimit()
    {
        using var factory = new HardenedApiFactory(ApiArticles.All, new() { ["Limits:MaxIngestBodyBytes"] = "1000" });
        var body = AdminIngestionTests.Line("big", new string('a', 2000));

        var response = await factory.CreateClient(HardenedApiFactory.AdminKey)
            .PostAsync("/api/admin/articles", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Limits:MaxIngestBodyBytes", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ResponsesCarrySecurityHeaders()
    {
        using var factory = new HardenedApiFactory(ApiArticles.All);

        var page = await factory.CreateClient().GetAsync("/");
        var problem = await factory.CreateClient().GetAsync("/api/search?size=1000");

        foreach (var response in new[] { page, problem })
        {
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        }
    }

    [Fact]
    public async Task CorsAllowsOnlyConfiguredOrigins()
    {
        using var factory = new HardenedApiFactory(ApiArticles.All, new() { ["Security:AllowedOrigins:0"] = "https://redaksi.contoh.id" });
        var client = factory.CreateClient();

        var allowed = await Preflight(client, "https://redaksi.contoh.id");
        var other = await Preflight(client, "https://evil.example");

        Assert.Equal("https://redaksi.contoh.id", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task ErrorsNeverShowStackTracesOrPaths()
    {
        using var factory = new HardenedApiFactory();

        var body = await (await factory.CreateClient(HardenedApiFactory.AdminKey).DeleteAsync("/api/admin/articles/none")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain(factory.IndexPath, body);
    }

    private static Task<HttpResponseMessage> Preflight(HttpClient client, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/search?q=a");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        return client.SendAsync(request);
    }
}
