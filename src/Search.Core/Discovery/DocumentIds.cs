using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;

namespace Search.Core.Discovery;

/// <summary>Between article ids and a reader's live document numbers, through the id terms (no stored fields).</summary>
internal static class DocumentIds
{
    /// <summary>The ids of some live documents.</summary>
    public static Dictionary<int, string> Of(IndexReader reader, IReadOnlySet<int> docs)
    {
        var ids = new Dictionary<int, string>();
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(IndexSchema.Id)?.GetEnumerator();
            DocsEnum? postings = null;
            while (docs.Count > ids.Count && terms is not null && terms.MoveNext())
            {
                postings = terms.Docs(leaf.AtomicReader.LiveDocs, postings, DocsFlags.NONE);
                int doc;
                while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    if (docs.Contains(leaf.DocBase + doc))
                    {
                        ids[leaf.DocBase + doc] = terms.Term.Utf8ToString();
                    }
                }
            }
        }
        return ids;
    }

    /// <summary>The live document of an article id, or null.</summary>
    public static int? Find(IndexSearcher searcher, string id)
    {
        var found = searcher.Search(new TermQuery(ArticleDocumentMapper.IdTerm(id)), 1);
        return found.TotalHits == 0 ? null : found.ScoreDocs[0].Doc;
    }
}
