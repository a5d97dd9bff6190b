using System.Diagnostics;
using Search.Core.Metadata;

namespace Search.MetadataEval;

/// <summary>
/// k-fold cross-validation of the topic model on the labelled shared corpus: each fold is classified by a
/// model trained on the other folds; returns every article's predicted topic, in corpus order.
/// </summary>
internal static class TopicCrossValidation
{
    public static string[] Predict(LabelledCorpus corpus, TopicModelOptions options, int folds)
    {
        var predicted = new string[corpus.Articles.Count];
        var features = corpus.Articles.Select(a => a.Features(options.TitleWeight, options.Bigrams)).ToList();
        var extractor = new TopicFeatureExtractor(corpus.Analysis.Stemmed, options.TitleWeight, options.Bigrams);
        for (var fold = 0; fold < folds; fold++)
        {
            var training = corpus.Articles.Select((a, i) => (a, i)).Where(p => p.a.Fold != fold)
                .Select(p => new TopicExample(features[p.i], p.a.Topic)).ToList();
            var model = TopicModel.Train(training, extractor, options);
            for (var i = 0; i < predicted.Length; i++)
            {
                if (corpus.Articles[i].Fold == fold)
                {
                    predicted[i] = model.Predict(features[i]);
                }
            }
        }

        return predicted;
    }

    /// <summary>Trains on every labelled article from its text (analysis included) and times it; then times classifying them.</summary>
    public static (TopicModel Model, TimeSpan Training, double ArticlesPerSecond) TimeFullTraining(LabelledCorpus corpus, TopicModelOptions options)
    {
        var extractor = new TopicFeatureExtractor(corpus.Analysis.Stemmed, options.TitleWeight, options.Bigrams);
        var clock = Stopwatch.StartNew();
        var examples = corpus.Articles.Select(a => new TopicExample(extractor.Extract(a.Title, a.Body), a.Topic)).ToList();
        var model = TopicModel.Train(examples, extractor, options);
        var training = clock.Elapsed;
        var sample = corpus.Articles.Where((_, i) => i % 5 == 0).ToList();
        clock.Restart();
        foreach (var article in sample)
        {
            model.Classify(article.Title, article.Body);
        }

        return (model, training, sample.Count / clock.Elapsed.TotalSeconds);
    }
}
