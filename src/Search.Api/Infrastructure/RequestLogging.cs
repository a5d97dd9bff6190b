using Serilog;

namespace Search.Api.Infrastructure;

/// <summary>
/// One structured line per request (Serilog's request logging), naming the API key that made it by its
/// configured name — never the key, which only the authentication handler sees, and never its hash.
/// </summary>
public static class RequestLogging
{
    private const string Anonymous = "none";

    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            // This host's logger, not the static Log.Logger, which the last host started in a process replaces.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms (key {ApiKeyName:l})";
            options.EnrichDiagnosticContext = (diagnostics, context) =>
                diagnostics.Set("ApiKeyName", context.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : Anonymous);
        });
        return app;
    }
}
