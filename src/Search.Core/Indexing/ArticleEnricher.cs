using Search.Core.Articles;
using Search.Core.Metadata;

namespace Search.Core.Indexing;

/// <summary>
/// Tags an article before it is indexed: persons, organisations and places extracted from its text
/// (merged with any the input already lists), and its canonical topic. The same code serves
/// <c>POST /api/analyze</c>, so a draft is tagged exactly as it would be indexed.
/// </summary>
public sealed class ArticleEnricher(EntityExtractor extractor, TopicClassifier topics)
{
    public Article Enrich(Article article)
    {
        var entities = extractor.Extract(article);
        return article with
        {
            Persons = Merge(article.Persons, entities.Persons),
            Orgs = Merge(article.Orgs, entities.Orgs),
            Places = Merge(article.Places, entities.Places),
            Topic = article.Topic ?? topics.TopicOf(article),
        };
    }

    public ArticleEntities Entities(Article article) => extractor.Extract(article);

    public TopicAssignment Topic(Article article) => topics.Classify(article);

    /// <summary>Given names first, in their order, then extracted ones most mentioned first.</summary>
    private static List<string> Merge(IReadOnlyList<string> given, IReadOnlyList<ExtractedEntity> extracted) =>
        given.Concat(extracted.Select(e => e.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
