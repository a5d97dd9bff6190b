using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Articles;
using Search.Core.Indexing;

namespace Search.Api.Tests;

/// <summary>
/// The real API host over a real temporary index, with one admin key and one read key configured
/// (stored hashed, as in production) and any further settings a test needs.
/// </summary>
public sealed class HardenedApiFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "admin-key-3f9c1e7a52b04d8e9a61";
    public const string ReadKey = "read-key-7b2d4c90e1f34a6b8c05";

    private readonly Dictionary<string, string> settings;

    public HardenedApiFactory(IReadOnlyList<Article>? articles = null, Dictionary<string, string>? settings = null, string? indexPath = null)
    {
        IndexPath = indexPath ?? Path.Combine(Path.GetTempPath(), "search-hard-test-" + Guid.NewGuid().ToString("N"));
        OwnsIndex = indexPath is null;
        this.settings = settings ?? [];
        if (articles is { Count: > 0 })
        {
            using var writer = new ArticleIndexWriter(IndexPath, ArticleAnalyzer.Create(NullLoggerFactory.Instance), rebuild: true);
            foreach (var article in articles)
            {
                writer.Upsert(article);
            }

            writer.Commit();
        }
    }

    public string IndexPath { get; }

    private bool OwnsIndex { get; }

    public static string Sha256(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public HttpClient CreateClient(string? key)
    {
        var client = CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Search:IndexPath", IndexPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Security:Keys:0:Name", "newsroom-cms");
        builder.UseSetting("Security:Keys:0:Sha256", Sha256(AdminKey));
        builder.UseSetting("Security:Keys:0:Role", "Admin");
        builder.UseSetting("Security:Keys:1:Name", "partner-site");
        builder.UseSetting("Security:Keys:1:Sha256", Sha256(ReadKey).ToLowerInvariant());
        builder.UseSetting("Security:Keys:1:Role", "Read");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (OwnsIndex && Directory.Exists(IndexPath))
        {
            Directory.Delete(IndexPath, recursive: true);
        }
    }
}
