using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Metadata;
using Serilog;
using Serilog.Extensions.Logging;

namespace Search.Indexer;

/// <summary>
/// Trains the topic model on labelled articles (their section labels through the topic map) and stores it in
/// the index root, where <c>index</c> and the API find it. Exit code 0 when every record was read, 1 when any
/// was rejected (the model is still written), 2 when nothing could be learned.
/// </summary>
public static class TrainTopicsCommand
{
    /// <summary>Configuration section of the training options (<see cref="TopicModelOptions"/>).</summary>
    public const string Section = "Topics";

    public static int Run(string[] paths, string? indexOverride)
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

        var options = settings.Configuration.GetSection(Section).Get<TopicModelOptions>() ?? new TopicModelOptions();
        using var analysis = new TextAnalysis(Options.Create(settings.Analysis), loggers.CreateLogger<TextAnalysis>());
        var reader = new ArticleFileReader(Options.Create(settings.Ingestion));
        var rejected = 0;
        var clock = Stopwatch.StartNew();
        var articles = reader.Read(paths).Where(record =>
        {
            if (record.IsRejected)
            {
                rejected++;
                Log.Warning("Rejected {File}:{Line} ({Reason}): {Message}", record.File, record.Line, record.Reason, record.Message);
            }

            return !record.IsRejected;
        }).Select(record => record.Article!);
        var result = TopicTraining.Train(articles, analysis.Stemmed, options);
        if (result.Model is null)
        {
            Log.Error("None of the {Articles} articles has a section label the topic map knows; no topic model written", result.Articles);
            return 2;
        }

        TopicModelStore.Save(result.Model, indexRoot);
        Log.Information(
            "Trained a {Algorithm} topic model on {Labelled} of {Articles} articles ({Topics} topics, {Features} features) in {ElapsedMs} ms; written to {Path}",
            result.Model.Algorithm, result.Labelled, result.Articles, result.Model.Topics.Count, result.Model.VocabularySize, clock.ElapsedMilliseconds, TopicModelStore.PathFor(indexRoot));
        Log.Information("Training articles per topic: {PerTopic}", result.PerTopic.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value}"));
        return rejected == 0 ? 0 : 1;
    }
}
