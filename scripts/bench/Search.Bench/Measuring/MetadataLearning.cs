using Search.Core.Analysis;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Metadata;

namespace Search.Bench.Measuring;

/// <summary>
/// The indexer's metadata pass, for the benchmark: a gazetteer learned from every article, the person tagger
/// and topic model of an index root when they were trained there, the configured topic map and keywords.
/// </summary>
public static class MetadataLearning
{
    public static ArticleEnricher Learn(IEnumerable<IngestedRecord> records, string indexRoot, TextAnalysis analysis)
    {
        var builder = new PersonGazetteerBuilder();
        foreach (var article in records.Select(r => r.Article).OfType<Article>())
        {
            builder.Observe(article.Title, article.Body, article.Caption);
        }
        var topics = TopicClassifier.Default.WithModel(TopicModelStore.Load(indexRoot, analysis.Stemmed));
        return new ArticleEnricher(new EntityExtractor(builder.Build(), EntityTaggerStore.Load(indexRoot)), topics);
    }
}
