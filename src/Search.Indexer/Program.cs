using Search.Indexer;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();

try
{
    return await IndexerCommandLine.Build().Parse(args).InvokeAsync();
}
catch (Exception ex)
{
    Log.Fatal(ex, "Indexer terminated unexpectedly");
    return 2;
}
finally
{
    await Log.CloseAndFlushAsync();
}
