using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Discovery;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Metadata;
using Serilog;
using Serilog.Extensions.Logging;

namespace Search.Indexer;

/// <summary>
/// Runs one indexing pass and prints its summary. Exit code 0 when every record went in, 1 when any was
/// rejected, 2 when it could not run (say, another writer holds the index). An update writes into the live
/// index; a rebuild writes a new generation beside it and switches to it only once it is complete.
/// </summary>
public static class IndexCommand
{
    public static int Run(string[] paths, string? indexOverride, bool rebuild)
    {
        var settings = IndexerSettings.Load();
        Log.Logger = new LoggerConfiguration().ReadFrom.Configuration(settings.Configuration).WriteTo.Console().CreateLogger();
        using var loggers = new SerilogLoggerFactory(Log.Logger);
        var indexRoot = Path.GetFullPath(indexOverride ?? settings.Search.IndexPath);
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            Log.Error("Input path not found: {Paths}", missing);
            return 2;
        }

        var indexPath = rebuild ? IndexLayout.CreateNextGeneration(indexRoot) : IndexLayout.LiveDirectory(indexRoot);
        Log.Information("Indexing {Paths} into {IndexPath} (rebuild: {Rebuild})", paths, indexPath, rebuild);
        using var analysis = new TextAnalysis(Options.Create(settings.Analysis), loggers.CreateLogger<TextAnalysis>());
        var analyzer = ArticleAnalyzer.Create(analysis);
        var reader = new ArticleFileReader(Options.Create(settings.Ingestion));
        var enricher = settings.ExtractMetadata ? MetadataPass.Learn(reader.Read(paths), indexPath, indexRoot, () => Topics(indexRoot, analysis)) : null;
        IndexingSummary summary;
        ArticleIndexWriter opened;
        try
        {
            opened = new ArticleIndexWriter(indexPath, analyzer, rebuild, settings.Search.RamBufferMb) { Enrich = enricher is null ? null : enricher.Enrich };
        }
        catch (IndexLockedException ex)
        {
            Log.Error("{Problem}", ex.Message);
            return 2;
        }

        using (var writer = opened)
        {
            var duplicates = settings.Configuration.GetSection(DuplicateOptions.Section).Get<DuplicateOptions>() ?? new DuplicateOptions();
            var indexer = new ArticleIndexer(writer, settings.Search.CommitEvery, duplicates, settings.Search.MergeTo);
            var records = reader.Read(paths);
            summary = ProgressDisplay.Run(progress => indexer.Run(
                records,
                indexPath,
                progress,
                rejected => Log.Warning("Rejected {File:l}:{Line} ({Reason}): {Message:l}", rejected.File, rejected.Line, rejected.Reason, rejected.Message)));
            if (rebuild)
            {
                ReplayLiveWrites(writer, indexRoot, summary.Read);
            }
        }
        if (rebuild)
        {
            IndexLayout.Switch(indexRoot, indexPath);
            Log.Information("Switched {IndexRoot} to {Generation}; removed old generations {Removed}",
                indexRoot, Path.GetFileName(indexPath), IndexLayout.RemoveStaleGenerations(indexRoot).Select(Path.GetFileName));
        }

        SummaryPrinter.Print(summary, indexPath);
        return summary.Rejected == 0 ? 0 : 1;
    }

    /// <summary>The topic classifier, with the model <c>train-topics</c> wrote to the index root when there is one.</summary>
    private static TopicClassifier Topics(string indexRoot, TextAnalysis analysis)
    {
        var model = TopicModelStore.Load(indexRoot, analysis.Stemmed);
        if (model is null)
        {
            Log.Information("No topic model at {Path}: articles without a known section label get their topic from the keyword lists", TopicModelStore.PathFor(indexRoot));
        }
        else
        {
            Log.Information("Topic model {Path}: {Algorithm}, {Features} features, for articles without a known section label", TopicModelStore.PathFor(indexRoot), model.Algorithm, model.VocabularySize);
        }

        return TopicClassifier.Default.WithModel(model);
    }

    /// <summary>
    /// Articles posted to the API are in no source file: a rebuild replays the API's journal of them into
    /// the new generation and records how far it read; the API replays the rest when it switches.
    /// </summary>
    private static void ReplayLiveWrites(ArticleIndexWriter writer, string indexRoot, int records)
    {
        var journal = new LiveWriteJournal(indexRoot);
        if (journal.ReplayInto(writer, IndexCommitData.For(records)) is var replayed and > 0)
        {
            Log.Information("Replayed {Count} live writes from {Journal}", replayed, journal.Path);
        }
    }
}
