using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Metadata;

namespace Search.MetadataEval;

/// <summary>
/// The shared news articles whose section label the topic map knows, labelled with the label's topic
/// (<see cref="TopicClassifier.LabelTopic"/>, broad labels before any narrowing),
/// analysed once with the index's own chain: headline and body features kept apart, so that reading
/// settings (headline weight, bigrams) can be varied without analysing again. Each article has a fixed
/// fold, from a hash of its id, so the cross-validation is the same on every run.
/// </summary>
internal sealed class LabelledCorpus
{
    private LabelledCorpus(List<LabelledArticle> articles, int unlabelled, TextAnalysis analysis)
    {
        Articles = articles;
        Unlabelled = unlabelled;
        Analysis = analysis;
    }

    public List<LabelledArticle> Articles { get; }

    /// <summary>Articles with no label or one the map does not know.</summary>
    public int Unlabelled { get; }

    public TextAnalysis Analysis { get; }

    public static LabelledCorpus Load(string shared, int folds)
    {
        var analysis = new TextAnalysis(Options.Create(new AnalysisOptions()), NullLogger<TextAnalysis>.Instance);
        if (!analysis.UsesLexicon)
        {
            Console.Error.WriteLine($"Warning: {AnalysisOptions.DefaultLexiconPath} missing; features come from the Tala fallback stemmer.");
        }

        var classifier = TopicClassifier.Default;
        var extractor = new TopicFeatureExtractor(analysis.Stemmed, titleWeight: 1, bigrams: true);
        var pool = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var unlabelled = 0;
        var labelled = new List<(NewsRecord Record, string Topic)>();
        foreach (var record in NewsRecord.ReadAll(Path.Combine(shared, "corpus", "news")))
        {
            if (classifier.LabelTopic(record.Source, record.Category, record.Subcategory) is { } topic)
            {
                labelled.Add((record, topic));
            }
            else
            {
                unlabelled++;
            }
        }

        var articles = labelled.AsParallel().AsOrdered().Select(item =>
        {
            var title = item.Record.Title ?? item.Record.TitleFromUrl;
            return new LabelledArticle(
                item.Record.Id,
                item.Record.Source,
                item.Topic,
                classifier.LabelAllows(item.Record.Source, item.Record.Category, item.Record.Subcategory),
                $"{item.Record.Source} / {item.Record.Category} / {item.Record.Subcategory ?? "-"}",
                Fold(item.Record.Id, folds),
                title,
                item.Record.Body,
                Interned(extractor.Extract(title, ""), pool),
                Interned(extractor.Extract(null, item.Record.Body), pool),
                Interned(extractor.Extract(null, TopicFeatureExtractor.Lead(item.Record.Body)), pool));
        }).ToList();
        return new LabelledCorpus(articles, unlabelled, analysis);
    }

    /// <summary>FNV-1a of the id: a fold that does not depend on file order or runtime hash seeds.</summary>
    private static int Fold(string id, int folds)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)folds);
    }

    private static Dictionary<string, float> Interned(Dictionary<string, float> features, ConcurrentDictionary<string, string> pool) =>
        features.ToDictionary(kv => pool.GetOrAdd(kv.Key, kv.Key), kv => kv.Value, StringComparer.Ordinal);
}
