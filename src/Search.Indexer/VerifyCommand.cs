using Search.Core.Indexing;
using Serilog;

namespace Search.Indexer;

/// <summary>Lucene's CheckIndex over the live index: exit 0 when clean, 1 when it found problems, 2 when there is no index.</summary>
public static class VerifyCommand
{
    public static int Run(string? indexOverride, bool full)
    {
        var settings = IndexerSettings.Load();
        Log.Logger = new LoggerConfiguration().ReadFrom.Configuration(settings.Configuration).WriteTo.Console().CreateLogger();
        var indexRoot = Path.GetFullPath(indexOverride ?? settings.Search.IndexPath);
        IndexVerification result;
        try
        {
            result = IndexVerifier.Verify(indexRoot);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Log.Error("Cannot verify {IndexRoot}: {Problem}", indexRoot, ex.Message);
            return 2;
        }

        if (full)
        {
            Console.Out.Write(result.Report);
        }

        Log.Information(
            "{Directory}: {Verdict}; {Segments} segments, {Documents} documents, {Deleted} deleted awaiting merge",
            result.Directory, result.Clean ? "clean" : "NOT CLEAN", result.Segments, result.Documents, result.DeletedDocuments);
        foreach (var problem in result.Problems)
        {
            Log.Error("Problem: {Problem}", problem);
        }

        return result.Clean ? 0 : 1;
    }
}
