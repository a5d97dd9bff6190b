using Carter;
using Search.Api.Admin;
using Search.Api.Infrastructure;
using Search.Api.Security;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    // The host's logger stays the host's (preserveStaticLogger): were it also made the static Log.Logger, a second
    // host in the process (tests) would replace it, and the first host to stop would CloseAndFlush the other's.
    builder.Services.AddSerilog((services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext()
        .WriteTo.Console(), preserveStaticLogger: true);
    builder.Services.AddProblemDetails();
    builder.Services.AddExceptionHandler<ExpectedFailureHandler>();
    builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
    builder.Services.AddSearchIndex();
    builder.Services.AddMetadata();
    builder.Services.AddDiscovery();
    builder.Services.AddSearchHealthChecks();
    builder.Services.AddLiveIngestion();
    builder.Services.AddApiSecurity();
    builder.Services.AddCarter();
    builder.Services.AddApiDocumentation();

    var app = builder.Build();
    app.UseExceptionHandler();
    app.UseStatusCodePages();
    app.UseRequestLogging();
    app.UseApiSecurity();
    app.UseDefaultFiles();
    app.UseStaticFiles();
    app.MapSearchHealthChecks();
    app.MapCarter();
    app.MapApiDocumentation();
    app.Run();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "Search API terminated unexpectedly");
    throw;
}
finally
{
    Log.CloseAndFlush();
}

/// <summary>Entry point, visible to the integration tests.</summary>
public partial class Program;
