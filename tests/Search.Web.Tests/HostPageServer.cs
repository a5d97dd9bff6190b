using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Search.Web.Tests;

/// <summary>
/// Somebody else's web site: a bare Kestrel server at its own 127.0.0.1 port (so its own origin) that
/// serves the HTML pages a test gives it, with no headers of ours. Pages embed the widget from the API.
/// </summary>
public sealed class HostPageServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> pages = new(StringComparer.Ordinal);
    private readonly WebApplication app;

    private HostPageServer(WebApplication app) => this.app = app;

    /// <summary>The site's origin, e.g. http://127.0.0.1:41235 (no trailing slash, as browsers send it).</summary>
    public string Origin { get; private set; } = "";

    public static async Task<HostPageServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(HostPageServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var server = new HostPageServer(builder.Build());
        server.app.Run(server.ServeAsync);
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Origin = new Uri(address).GetLeftPart(UriPartial.Authority);
        return server;
    }

    /// <summary>Serves <paramref name="html"/> at <paramref name="path"/> (e.g. "/portal.html") and returns its full URL.</summary>
    public string Serve(string path, string html)
    {
        pages[path] = html;
        return Origin + path;
    }

    private Task ServeAsync(HttpContext context)
    {
        if (!pages.TryGetValue(context.Request.Path.Value ?? "", out var html))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
