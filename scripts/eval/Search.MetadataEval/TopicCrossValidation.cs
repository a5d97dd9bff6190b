using System.Diagnostics;
using Search.Core.Metadata;

namespace Search.MetadataEval;

/// <summary>
/// k-fold cross-validation of the topic model on the labelled shared corpus: each fold is classified by a
/// model trained on the other folds; returns every article's predicted topic, in corpus order, and the topic
/// the same model gives it when its site is unknown (the source features left out: an article from a site the
/// model never saw).
/// </summary>
internal static class TopicCrossValidation
{
    public static (string[] Predicted, string[] SiteUnknown) Predict(LabelledCorpus corpus, TopicModelOptions options, int folds) =>
        PredictAll(corpus, [options], folds)[0];

    /// <summary>
    /// <see cref="Predict"/> for each of <paramref name="variants"/>, in order; variants that differ only in the neighbours'
    /// settings share one trained model per fold (<see cref="TopicModel.WithNeighbours"/>), so a sweep of votes costs no training.
    /// </summary>
    public static List<(string[] Predicted, string[] SiteUnknown)> PredictAll(LabelledCorpus corpus, IReadOnlyList<TopicModelOptions> variants, int folds)
    {
        var results = variants.Select(_ => (Predicted: new string[corpus.Articles.Count], SiteUnknown: new string[corpus.Articles.Count])).ToList();
        foreach (var group in variants.Select((o, v) => (Options: o, Row: v)).GroupBy(x => x.Options with { Neighbours = 0, NeighbourWeight = 0 }))
        {
            var options = group.Key;
            var features = corpus.Articles.Select(a => a.Features(options.TitleWeight, options.Bigrams, options.SourceFeature, options.SourceTerms, options.LeadWeight)).ToList();
            var extractor = new TopicFeatureExtractor(corpus.Analysis.Stemmed, options.TitleWeight, options.Bigrams, options.SourceFeature, options.SourceTerms, options.LeadWeight);
            for (var fold = 0; fold < folds; fold++)
            {
                var training = corpus.Articles.Select((a, i) => (a, i)).Where(p => p.a.Fold != fold)
                    .Select(p => new TopicExample(features[p.i], p.a.Topic)).ToList();
                var trained = TopicModel.Train(training, extractor, options);
                var test = Enumerable.Range(0, corpus.Articles.Count).Where(i => corpus.Articles[i].Fold == fold).ToList();
                foreach (var (variant, row) in group)
                {
                    var model = trained.WithNeighbours(training, variant);
                    var (predicted, siteUnknown) = results[row];
                    test.AsParallel().ForAll(i =>
                    {
                        predicted[i] = model.Predict(features[i]);
                        siteUnknown[i] = options.SourceFeature ? model.Predict(TopicFeatureExtractor.WithoutSite(features[i])) : predicted[i];
                    });
                }
            }
        }

        return results;
    }

    /// <summary>
    /// Trains on every labelled article from its text (analysis included) and times it; then times classifying every fifth
    /// one, and, when the model keeps neighbours, the same with a model trained without them (a ratio within one run).
    /// </summary>
    public static (TopicModel Model, TimeSpan Training, double ArticlesPerSecond, double? WithoutNeighbours) TimeFullTraining(LabelledCorpus corpus, TopicModelOptions options)
    {
        var extractor = new TopicFeatureExtractor(corpus.Analysis.Stemmed, options.TitleWeight, options.Bigrams, options.SourceFeature, options.SourceTerms, options.LeadWeight);
        var clock = Stopwatch.StartNew();
        var examples = corpus.Articles.Select(a => new TopicExample(extractor.Extract(a.Source, a.Title, a.Body), a.Topic)).ToList();
        var model = TopicModel.Train(examples, extractor, options);
        var training = clock.Elapsed;
        var sample = corpus.Articles.Where((_, i) => i % 5 == 0).ToList();
        double Speed(TopicModel classifier)
        {
            var watch = Stopwatch.StartNew();
            foreach (var article in sample)
            {
                classifier.Classify(article.Source, article.Title, article.Body);
            }

            return sample.Count / watch.Elapsed.TotalSeconds;
        }

        var speed = Speed(model);
        if (options.Neighbours == 0 || options.Algorithm != TopicAlgorithm.LogisticRegression)
        {
            return (model, training, speed, null);
        }

        var plain = TopicModel.Train(examples, extractor, options with { Neighbours = 0 });
        return (model, training, speed, Speed(plain));
    }
}
