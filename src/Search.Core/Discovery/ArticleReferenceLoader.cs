using Lucene.Net.Search;
using Search.Core.Indexing;

namespace Search.Core.Discovery;

/// <summary>Loads the stored fields a reference needs, and not the text.</summary>
internal static class ArticleReferenceLoader
{
    private static readonly HashSet<string> Fields =
    [
        IndexSchema.Id, IndexSchema.Title, IndexSchema.Url, IndexSchema.Source, IndexSchema.Published,
        IndexSchema.Topic, IndexSchema.Person,
    ];

    public static ArticleReference Load(IndexSearcher searcher, int doc)
    {
        var stored = searcher.Doc(doc, Fields);
        return new ArticleReference(
            stored.Get(IndexSchema.Id),
            stored.Get(IndexSchema.Title),
            stored.Get(IndexSchema.Url),
            stored.Get(IndexSchema.Source),
            DateTimeOffset.Parse(stored.Get(IndexSchema.Published), System.Globalization.CultureInfo.InvariantCulture),
            ArticleDocumentMapper.TopicOf(stored),
            stored.GetValues(IndexSchema.Person));
    }
}
