using Search.Core.Indexing;
using Search.Core.Metadata;

namespace Search.Bench.Discovery;

/// <summary>Tags drafts as the API does: the extractor with the gazetteer the indexer saved, and the topic classifier.</summary>
public static class DraftTagging
{
    public static ArticleEnricher For(string indexPath) => new(
        new EntityExtractor(GazetteerStore.Load(IndexLayout.LiveDirectory(Path.GetFullPath(indexPath)))),
        TopicClassifier.Default);
}
