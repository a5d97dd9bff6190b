using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Serilog;
using Serilog.Extensions.Logging;

namespace Search.Indexer;

/// <summary>Runs one indexing pass and prints its summary. Exit code 0 when every record went in, 1 when any was rejected.</summary>
public static class IndexCommand
{
    public static int Run(string[] paths, string? indexOverride, bool rebuild)
    {
        var settings = IndexerSettings.Load();
        Log.Logger = new LoggerConfiguration().ReadFrom.Configuration(settings.Configuration).WriteTo.Console().CreateLogger();
        using var loggers = new SerilogLoggerFactory(Log.Logger);
        var indexPath = Path.GetFullPath(indexOverride ?? settings.Search.IndexPath);
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            Log.Error("Input path not found: {Paths}", missing);
            return 2;
        }

        Log.Information("Indexing {Paths} into {IndexPath} (rebuild: {Rebuild})", paths, indexPath, rebuild);
        var analyzer = ArticleAnalyzer.Create(settings.Analysis, loggers);
        var reader = new ArticleFileReader(Options.Create(settings.Ingestion));
        IndexingSummary summary;
        using (var writer = new ArticleIndexWriter(indexPath, analyzer, rebuild, settings.Search.RamBufferMb))
        {
            var indexer = new ArticleIndexer(writer);
            var records = reader.Read(paths);
            summary = ProgressDisplay.Run(progress => indexer.Run(
                records,
                indexPath,
                progress,
                rejected => Log.Warning("Rejected {File}:{Line} ({Reason}): {Message}", rejected.File, rejected.Line, rejected.Reason, rejected.Message)));
        }
        SummaryPrinter.Print(summary, indexPath);
        return summary.Rejected == 0 ? 0 : 1;
    }
}
