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
    public static (string[] Predicted, string[] SiteUnknown) Predict(LabelledCorpus corpus, TopicModelOptions options, int folds)
    {
        var predicted = new string[corpus.Articles.Count];
        var siteUnknown = new string[corpus.Articles.Count];
        var features = corpus.Articles.Select(a => a.Features(options.TitleWeight, options.Bigrams, options.SourceFeature, options.SourceTerms, options.LeadWeight)).ToList();
        var extractor = new TopicFeatureExtractor(corpus.Analysis.Stemmed, options.TitleWeight, options.Bigrams, options.SourceFeature, options.SourceTerms, options.LeadWeight);
        for (var fold = 0; fold < folds; fold++)
        {
            var training = corpus.Articles.Select((a, i) => (a, i)).Where(p => p.a.Fold != fold)
                .Select(p => new TopicExample(features[p.i], p.a.Topic, p.a.Published)).ToList();
            var model = TopicModel.Train(training, extractor, options);
            for (var i = 0; i < predicted.Length; i++)
            {
                if (corpus.Articles[i].Fold == fold)
                {
                    predicted[i] = model.Predict(features[i], corpus.Articles[i].Published);
                    siteUnknown[i] = options.SourceFeature
                        ? model.Predict(TopicFeatureExtractor.WithoutSite(features[i]), corpus.Articles[i].Published)
                        : predicted[i];
                }
            }
        }

        return (predicted, siteUnknown);
    }

    /// <summary>
    /// <see cref="Predict"/> for each of <paramref name="variants"/>, in order; variants that differ only in their neighbours'
    /// settings share one trained model per fold (<see cref="TopicModel.WithNeighbours"/>), so a sweep of votes costs no training.
    /// </summary>
    public static List<(string[] Predicted, string[] SiteUnknown)> PredictAll(LabelledCorpus corpus, IReadOnlyList<TopicModelOptions> variants, int folds)
    {
        var results = variants.Select(_ => (Predicted: new string[corpus.Articles.Count], SiteUnknown: new string[corpus.Articles.Count])).ToList();
        foreach (var group in variants.Select((o, v) => (o, v)).GroupBy(x => Learner(x.o)))
        {
            var options = group.Key;
            var features = corpus.Articles.Select(a => a.Features(options.TitleWeight, options.Bigrams, options.SourceFeature, options.SourceTerms, options.LeadWeight)).ToList();
            var extractor = new TopicFeatureExtractor(corpus.Analysis.Stemmed, options.TitleWeight, options.Bigrams, options.SourceFeature, options.SourceTerms, options.LeadWeight);
            for (var fold = 0; fold < folds; fold++)
            {
                var training = corpus.Articles.Select((a, i) => (a, i)).Where(p => p.a.Fold != fold)
                    .Select(p => new TopicExample(features[p.i], p.a.Topic, p.a.Published)).ToList();
                var trained = TopicModel.Train(training, extractor, options);
                var test = Enumerable.Range(0, corpus.Articles.Count).Where(i => corpus.Articles[i].Fold == fold).ToList();
                foreach (var (variant, v) in group)
                {
                    var model = variant.Neighbours > 0 ? trained.WithNeighbours(training, variant) : trained;
                    var (predicted, siteUnknown) = results[v];
                    test.AsParallel().ForAll(i =>
                    {
                        predicted[i] = model.Predict(features[i], corpus.Articles[i].Published);
                        if (Probe is not null)
                        {
                            var p = model.Probabilities(features[i], corpus.Articles[i].Published);
                            Probe[(v, i)] = string.Join('\t', model.Topics.Select(t => p[t].ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
                        }

                        siteUnknown[i] = options.SourceFeature ? model.Predict(TopicFeatureExtractor.WithoutSite(features[i]), corpus.Articles[i].Published) : predicted[i];
                    });
                }
            }
        }

        return results;
    }

    public static System.Collections.Concurrent.ConcurrentDictionary<(int, int), string>? Probe { get; set; }

    /// <summary>The options with the neighbours' settings cleared: what training the weights depends on.</summary>
    private static TopicModelOptions Learner(TopicModelOptions options) =>
        options with { Neighbours = 0, NeighbourWeight = 0, NeighbourHalfLifeDays = 0, NeighbourTimeFloor = 0, NeighbourSimilarityCap = 0, NeighbourSharpness = 0 };

    /// <summary>
    /// Trains on every labelled article from its text (analysis included) and times it; then times classifying every fifth
    /// one, and, when the model keeps neighbours, the same with a model trained without them (a ratio within one run).
    /// </summary>
    public static (TopicModel Model, TimeSpan Training, double ArticlesPerSecond, double? WithoutNeighbours) TimeFullTraining(LabelledCorpus corpus, TopicModelOptions options)
    {
        var extractor = new TopicFeatureExtractor(corpus.Analysis.Stemmed, options.TitleWeight, options.Bigrams, options.SourceFeature, options.SourceTerms, options.LeadWeight);
        var clock = Stopwatch.StartNew();
        var examples = corpus.Articles.Select(a => new TopicExample(extractor.Extract(a.Source, a.Title, a.Body), a.Topic, a.Published)).ToList();
        var model = TopicModel.Train(examples, extractor, options);
        var training = clock.Elapsed;
        var sample = corpus.Articles.Where((_, i) => i % 5 == 0).ToList();
        double Speed(TopicModel classifier)
        {
            var watch = Stopwatch.StartNew();
            foreach (var article in sample)
            {
                classifier.Classify(article.Source, article.Title, article.Body, article.Published);
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
