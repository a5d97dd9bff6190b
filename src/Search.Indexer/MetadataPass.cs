using System.Diagnostics;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Metadata;
using Serilog;

namespace Search.Indexer;

/// <summary>
/// The learning pass before indexing: every article is read once so that names seen with strong cues
/// anywhere (titles, roles, reporting verbs) are known everywhere. The gazetteer is saved beside the index.
/// A tagger trained with <c>train-entities</c> and kept in the index root decides person spans.
/// Topics come from the classifier given (with the trained model, if any, for articles without a known label).
/// The tagger and the topic classifier load on other threads while the pass reads: loading is one thread's work,
/// and the pass leaves a core free now and then (its reading and counting are one thread each).
/// </summary>
public static class MetadataPass
{
    public static ArticleEnricher Learn(IEnumerable<IngestedRecord> records, string indexPath, string indexRoot, Func<TopicClassifier> topics)
    {
        var clock = Stopwatch.StartNew();
        var tagger = Task.Run(() => EntityTaggerStore.Load(indexRoot));
        var classifier = Task.Run(topics);
        var builder = new PersonGazetteerBuilder().ObserveAll(records.Select(r => r.Article).OfType<Core.Articles.Article>());
        var gazetteer = builder.Build();
        Directory.CreateDirectory(indexPath);
        GazetteerStore.Save(gazetteer, indexPath);
        Log.Information(
            "Learned {Persons} persons from {Articles} articles in {ElapsedMs} ms",
            gazetteer.Count, builder.Observed, clock.ElapsedMilliseconds);
        if (tagger.GetAwaiter().GetResult() is { } loaded)
        {
            Log.Information("Person spans from the entity tagger trained on {TrainedOn}", loaded.Description);
        }

        return new ArticleEnricher(new EntityExtractor(gazetteer, tagger.Result), classifier.GetAwaiter().GetResult());
    }
}
