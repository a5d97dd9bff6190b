using Lucene.Net.Analysis;
using Search.Core.Articles;

namespace Search.Core.Metadata;

/// <summary>
/// Trains a <see cref="TopicModel"/> on articles labelled by their own section labels: each article whose
/// label the topic map knows counts as an example of the label's topic (<see cref="TopicClassifier.LabelTopic"/>);
/// articles without a known label are skipped. Articles are read in parallel, in a fixed order.
/// </summary>
public static class TopicTraining
{
    public static TopicTrainingResult Train(IEnumerable<Article> articles, Analyzer analyzer, TopicModelOptions options)
    {
        var labels = TopicClassifier.Default;
        var read = 0;
        var labelled = new List<(Article Article, string Topic)>();
        foreach (var article in articles)
        {
            read++;
            if (labels.LabelTopic(article.Source, article.Category, article.Subcategory) is { } topic)
            {
                labelled.Add((article, topic));
            }
        }

        var features = new TopicFeatureExtractor(analyzer, options.TitleWeight, options.Bigrams, options.SourceFeature, options.SourceTerms, options.LeadWeight);
        var examples = labelled.AsParallel().AsOrdered()
            .Select(item => new TopicExample(features.Extract(item.Article.Source, item.Article.Title, item.Article.Body), item.Topic))
            .ToList();
        var perTopic = labelled.GroupBy(item => item.Topic, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var model = examples.Count == 0 ? null : TopicModel.Train(examples, features, options);
        return new TopicTrainingResult(model, read, examples.Count, perTopic);
    }
}
