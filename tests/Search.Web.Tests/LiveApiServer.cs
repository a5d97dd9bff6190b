using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Articles;
using Search.Core.Indexing;

namespace Search.Web.Tests;

/// <summary>
/// The real API host, on Kestrel at a free 127.0.0.1 port so that a browser can reach it, over an index
/// written to a temporary directory. Disposing stops the server and deletes the index.
/// </summary>
public sealed class LiveApiServer : WebApplicationFactory<Program>
{
    private readonly string indexPath = Path.Combine(Path.GetTempPath(), "search-web-test-" + Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyList<string> allowedOrigins;

    /// <param name="articles">What the index holds.</param>
    /// <param name="allowedOrigins">Origins in the CORS allowlist (<c>Security:AllowedOrigins</c>); none by default.</param>
    public LiveApiServer(IReadOnlyList<Article> articles, IReadOnlyList<string>? allowedOrigins = null)
    {
        this.allowedOrigins = allowedOrigins ?? [];
        using (var writer = new ArticleIndexWriter(indexPath, ArticleAnalyzer.Create(NullLoggerFactory.Instance), rebuild: true))
        {
            foreach (var article in articles)
            {
                writer.Upsert(article);
            }
            writer.Commit();
        }
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts Kestrel and returns its address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single().TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Search:IndexPath", indexPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        for (var i = 0; i < allowedOrigins.Count; i++)
        {
            builder.UseSetting($"Security:AllowedOrigins:{i}", allowedOrigins[i]);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(indexPath))
        {
            Directory.Delete(indexPath, recursive: true);
        }
    }
}
