using Search.Core.Indexing;
using Serilog;
using Spectre.Console;

namespace Search.Indexer;

/// <summary>
/// A progress bar with articles/s on a terminal; plain periodic log lines when output is redirected.
/// </summary>
public static class ProgressDisplay
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);

    public static IndexingSummary Run(Func<Action<IndexingProgress>, IndexingSummary> work)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var nextLog = LogInterval;
            return work(p =>
            {
                if (p.Elapsed >= nextLog)
                {
                    nextLog = p.Elapsed + LogInterval;
                    Log.Information("Read {Read}, indexed {Indexed}, rejected {Rejected} ({Rate:F0} articles/s)", p.Read, p.Indexed, p.Rejected, p.DocsPerSecond);
                }
            });
        }
        IndexingSummary? summary = null;
        AnsiConsole.Progress()
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Indexing").IsIndeterminate();
                summary = work(p => task.Description =
                    $"Indexing: {p.Indexed:N0} indexed, {p.Rejected:N0} rejected, {p.DocsPerSecond:N0} articles/s");
                task.StopTask();
            });
        return summary!;
    }
}
