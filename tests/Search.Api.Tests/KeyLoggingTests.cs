using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Search.Api.Tests;

/// <summary>
/// Every log event of a real host, at every level, captured through a Serilog sink while valid, invalid and
/// read-only keys call admin and search endpoints, succeeding and failing: no event holds a key or its hash.
/// </summary>
public sealed class KeyLoggingTests
{
    private const string WrongKey = "wrong-key-5d8e2f4a9c7b41e3b6a0";

    [Fact]
    public async Task NoLogEventHoldsAnApiKeyOrItsHashWhateverTheRequestAndItsOutcome()
    {
        var sink = new CapturingSink();
        using var factory = new HardenedApiFactory(ApiArticles.All, new()
        {
            ["Serilog:MinimumLevel:Default"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Verbose",
            ["Serilog:MinimumLevel:Override:System"] = "Verbose",
            ["RateLimiting:PermitsPerSecond"] = "1",
            ["RateLimiting:Burst"] = "6",
        });
        using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(sink)));
        var statuses = new List<HttpStatusCode>();
        foreach (var key in (string?[])[HardenedApiFactory.AdminKey, HardenedApiFactory.ReadKey, WrongKey, HardenedApiFactory.AdminKey.ToUpperInvariant(), null])
        {
            var client = host.CreateClient();
            if (key is not null)
            {
                client.DefaultRequestHeaders.Add("X-Api-Key", key);
            }

            statuses.Add((await client.PostAsync("/api/admin/articles", AdminIngestionTests.Ndjson(AdminIngestionTests.Line("log-1", "Pasar ikan dibuka")))).StatusCode);
            statuses.Add((await client.PostAsync("/api/admin/articles", AdminIngestionTests.Ndjson("{ not json"))).StatusCode);
            statuses.Add((await client.DeleteAsync("/api/admin/articles/no-such-article")).StatusCode);
            statuses.Add((await client.GetAsync("/api/search?q=pasar")).StatusCode);
            statuses.Add((await client.GetAsync("/api/search?q=pasar&size=1000")).StatusCode);
            statuses.Add((await client.GetAsync("/api/articles/no-such-article")).StatusCode);
            statuses.Add((await client.GetAsync("/api/search?q=" + new string('x', 2_000))).StatusCode);

            // A burst beyond the bucket arrives at once, so some answers are 429 however slow the machine is.
            var burst = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.GetAsync("/api/search?q=banjir")));
            statuses.AddRange(burst.Select(r => r.StatusCode));
        }

        var twoKeys = host.CreateClient();
        twoKeys.DefaultRequestHeaders.Add("X-Api-Key", [HardenedApiFactory.AdminKey, HardenedApiFactory.ReadKey]);
        statuses.Add((await twoKeys.DeleteAsync("/api/admin/articles/log-1")).StatusCode);

        // Every kind of outcome happened, so every code path that logs had its chance.
        Assert.Superset(
            new HashSet<HttpStatusCode> { HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests },
            statuses.ToHashSet());
        var texts = sink.Texts();
        Assert.True(texts.Count >= statuses.Count, $"only {texts.Count} log events for {statuses.Count} requests");
        Assert.Contains(texts, t => t.Contains("(key newsroom-cms)", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("(key partner-site)", StringComparison.Ordinal));
        foreach (var secret in Secrets())
        {
            Assert.DoesNotContain(texts, t => t.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Each key as sent, and its SHA-256 as stored (hex) or as a hash might be printed (base64).</summary>
    private static IEnumerable<string> Secrets()
    {
        foreach (var key in (string[])[HardenedApiFactory.AdminKey, HardenedApiFactory.ReadKey, WrongKey])
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
            yield return key;
            yield return Convert.ToHexString(hash);
            yield return Convert.ToBase64String(hash);
        }
    }

    private sealed class CapturingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> events = new();

        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

        /// <summary>Each event as text: the template, the rendered message, every property and the exception.</summary>
        public List<string> Texts() => events.Select(e =>
            string.Join(
                " | ",
                [e.MessageTemplate.Text, e.RenderMessage(CultureInfo.InvariantCulture), .. e.Properties.Select(p => $"{p.Key}={p.Value}"), e.Exception?.ToString() ?? string.Empty]))
            .ToList();
    }
}
