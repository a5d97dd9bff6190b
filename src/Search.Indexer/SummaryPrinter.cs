using Search.Core.Indexing;
using Serilog;

namespace Search.Indexer;

/// <summary>The closing summary of an indexing run, as structured log lines.</summary>
public static class SummaryPrinter
{
    public static void Print(IndexingSummary summary, string indexPath)
    {
        Log.Information(
            "Read {Read}, indexed {Indexed} ({Added} new, {Updated} updated), rejected {Rejected} in {ElapsedMs} ms: {Rate:F0} articles/s",
            summary.Read, summary.Indexed, summary.Added, summary.Updated, summary.Rejected,
            (long)summary.Elapsed.TotalMilliseconds, summary.DocsPerSecond);
        foreach (var (reason, count) in summary.RejectedByReason)
        {
            Log.Information("Rejected for {Reason}: {Count}", reason, count);
        }
        if (summary.Duplicates is { } duplicates)
        {
            Log.Information(
                "Near-duplicates: {Groups} groups holding {Articles} articles ({Changed} changed) in {GroupingMs} ms",
                duplicates.Groups, duplicates.GroupedArticles, duplicates.Changed, (long)duplicates.Elapsed.TotalMilliseconds);
        }
        Log.Information(
            "Index {IndexPath} holds {Documents} documents, {SizeMb:F1} MB",
            indexPath, summary.DocumentCount, summary.IndexBytes / (1024.0 * 1024.0));
    }
}
