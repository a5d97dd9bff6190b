using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Discovery;

/// <summary>The near-duplicate copies of an article: the other members of its group, oldest first.</summary>
public sealed class DuplicateFinder(SearchIndex index)
{
    /// <summary>The other copies of article <paramref name="id"/> (empty when it has none), or null when there is no such article.</summary>
    public IReadOnlyList<ArticleReference>? Of(string id) => index.Use(searcher =>
    {
        var found = searcher.Search(new TermQuery(ArticleDocumentMapper.IdTerm(id)), 1);
        if (found.TotalHits == 0)
        {
            return null;
        }
        var doc = found.ScoreDocs[0].Doc;
        return (IReadOnlyList<ArticleReference>)DuplicateGroups.Of(searcher.IndexReader).MembersOf(doc)
            .Where(member => member != doc)
            .Select(member => ArticleReferenceLoader.Load(searcher, member))
            .OrderBy(a => a.Published)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
    });
}
