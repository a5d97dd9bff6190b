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
/// </summary>
public static class MetadataPass
{
    public static ArticleEnricher Learn(IEnumerable<IngestedRecord> records, string indexPath, string indexRoot, TopicClassifier topics)
    {
        var clock = Stopwatch.StartNew();
        var builder = new PersonGazetteerBuilder().ObserveAll(records.Select(r => r.Article).OfType<Core.Articles.Article>());
        var gazetteer = builder.Build();
        Directory.CreateDirectory(indexPath);
        GazetteerStore.Save(gazetteer, indexPath);
        Log.Information(
            "Learned {Persons} persons from {Articles} articles in {ElapsedMs} ms",
            gazetteer.Count, builder.Observed, clock.ElapsedMilliseconds);
        var tagger = EntityTaggerStore.Load(indexRoot);
        if (tagger is not null)
        {
            Log.Information("Person spans from the entity tagger trained on {TrainedOn}", tagger.Description);
        }

        return new ArticleEnricher(new EntityExtractor(gazetteer, tagger), topics);
    }
}
