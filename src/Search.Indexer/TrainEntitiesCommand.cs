using System.Diagnostics;
using Search.Core.Indexing;
using Search.Core.Metadata.Tagging;
using Serilog;

namespace Search.Indexer;

/// <summary>
/// Trains the entity tagger on labelled CoNLL files (<c>token&lt;TAB&gt;BIO-tag</c>) with the person
/// gazetteer of the live index, and stores it in the index root, where the next indexing run and the
/// API pick it up. Index once before training, so the tagger learns with the archive's knowledge.
/// </summary>
public static class TrainEntitiesCommand
{
    public static int Run(string[] files, string? indexOverride, int epochs)
    {
        var settings = IndexerSettings.Load();
        Log.Logger = new LoggerConfiguration().ReadFrom.Configuration(settings.Configuration).WriteTo.Console().CreateLogger();
        var indexRoot = Path.GetFullPath(indexOverride ?? settings.Search.IndexPath);
        var missing = files.Where(f => !File.Exists(f)).ToList();
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
        var sentences = files.SelectMany(ConllReader.Read).ToList();
        var clock = Stopwatch.StartNew();
        var tagger = new EntityTaggerTrainer(gazetteer) { Epochs = epochs }.Train(
            sentences,
            string.Join(' ', files.Select(Path.GetFileName)),
            (epoch, errorRate) => Log.Information("Epoch {Epoch}: {ErrorRate:P1} of training tokens mistagged", epoch, errorRate));
        EntityTaggerStore.Save(tagger, indexRoot);
        Log.Information(
            "Trained the entity tagger on {Sentences} sentences ({Tags}) in {ElapsedMs} ms; saved to {Path}",
            sentences.Count, tagger.Tags, clock.ElapsedMilliseconds, EntityTaggerStore.PathFor(indexRoot));
        return 0;
    }
}
