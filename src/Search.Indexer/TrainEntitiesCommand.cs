using System.Diagnostics;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Metadata.Tagging;
using Serilog;

namespace Search.Indexer;

/// <summary>
/// Trains the entity tagger on labelled CoNLL files (<c>token&lt;TAB&gt;BIO-tag</c>) with the person
/// gazetteer of the live index, and stores it in the index root, where the next indexing run and the
/// API pick it up. Index once before training, so the tagger learns with the archive's knowledge.
/// Given the archive's articles (<c>--corpus</c>), it first learns word clusters from them (see
/// <see cref="WordClusterBuilder"/>), which become features and are stored inside the tagger. With
/// <c>--span-folds</c> (5 by default) it also fits the second stage over whole person spans on spans found by
/// taggers trained without each fold, and stores it inside the tagger too.
/// </summary>
public static class TrainEntitiesCommand
{
    public static int Run(string[] files, string? indexOverride, int epochs, string[] corpus, int clusterCount, int spanFolds = 5)
    {
        var settings = IndexerSettings.Load();
        Log.Logger = new LoggerConfiguration().ReadFrom.Configuration(settings.Configuration).WriteTo.Console().CreateLogger();
        var indexRoot = Path.GetFullPath(indexOverride ?? settings.Search.IndexPath);
        var missing = files.Where(f => !File.Exists(f)).Concat(corpus.Where(p => !File.Exists(p) && !Directory.Exists(p))).ToList();
        if (missing.Count > 0)
        {
            Log.Error("Training file not found: {Files}", missing);
            return 2;
        }

        var live = IndexLayout.LiveDirectory(indexRoot);
        if (!File.Exists(Path.Combine(live, GazetteerStore.FileName)))
        {
            Log.Warning("No person gazetteer in {IndexRoot}: training without the archive's knowledge; index the corpus first for a better tagger", indexRoot);
        }

        var gazetteer = GazetteerStore.Load(live);
        var clock = Stopwatch.StartNew();
        var clusters = corpus.Length == 0 || clusterCount == 0 ? WordClusters.Empty : LearnClusters(settings, corpus, clusterCount);
        var sentences = files.SelectMany(ConllReader.Read).ToList();
        var tagger = new EntityTaggerTrainer(gazetteer) { Epochs = epochs, Clusters = clusters, SpanFolds = spanFolds }.Train(
            sentences,
            string.Join(' ', files.Select(Path.GetFileName)),
            (epoch, errorRate) => Log.Information("Epoch {Epoch}: {ErrorRate:P1} of training tokens mistagged", epoch, errorRate));
        EntityTaggerStore.Save(tagger, indexRoot);
        Log.Information(
            "Trained the entity tagger on {Sentences} sentences ({Tags}) in {ElapsedMs} ms; saved to {Path}",
            sentences.Count, tagger.Tags, clock.ElapsedMilliseconds, EntityTaggerStore.PathFor(indexRoot));
        return 0;
    }

    private static WordClusters LearnClusters(IndexerSettings settings, string[] corpus, int clusterCount)
    {
        var clock = Stopwatch.StartNew();
        var builder = new WordClusterBuilder { FineClusters = clusterCount, CoarseClusters = Math.Max(1, clusterCount / 8) };
        var articles = 0;
        foreach (var record in new ArticleFileReader(Options.Create(settings.Ingestion)).Read(corpus))
        {
            if (record.Article is { } article)
            {
                builder.Observe(article.Title + "\n" + article.Body);
                articles++;
            }
        }

        var clusters = builder.Build();
        Log.Information(
            "Clustered {Words} words of {Articles} articles into {Clusters} clusters in {ElapsedMs} ms",
            clusters.Count, articles, clusterCount, clock.ElapsedMilliseconds);
        return clusters;
    }
}
