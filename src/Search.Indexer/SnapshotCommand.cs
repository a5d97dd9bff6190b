using Search.Core.Indexing;
using Serilog;

namespace Search.Indexer;

/// <summary>Copies the live index's latest commit into a new directory, safely while the API serves and writes it.</summary>
public static class SnapshotCommand
{
    public static int Run(string destination, string? indexOverride)
    {
        var settings = IndexerSettings.Load();
        Log.Logger = new LoggerConfiguration().ReadFrom.Configuration(settings.Configuration).WriteTo.Console().CreateLogger();
        var indexRoot = Path.GetFullPath(indexOverride ?? settings.Search.IndexPath);
        try
        {
            var result = IndexSnapshot.Create(indexRoot, destination);
            Log.Information(
                "Snapshot of {Source} (commit {Commit}) written to {Destination}: {Files} files, {SizeMb:F1} MB, {Documents} documents",
                result.Source, result.CommitGeneration, result.Destination, result.Files, result.Bytes / (1024.0 * 1024.0), result.Documents);
            return 0;
        }
        catch (Exception ex) when (ex is IOException or Lucene.Net.Index.IndexNotFoundException or UnauthorizedAccessException or InvalidDataException)
        {
            Log.Error("Snapshot of {IndexRoot} failed: {Problem}", indexRoot, ex.Message);
            return 2;
        }
    }
}
