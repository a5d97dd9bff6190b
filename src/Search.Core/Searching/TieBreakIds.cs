using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// The article id of a document of one reader, by its document number across the reader, for breaking ties.
/// Each leaf's ids come from the field cache at the first look-up in that leaf (the cache takes a lock per call).
/// One instance serves one thread.
/// </summary>
internal sealed class TieBreakIds(IndexReader reader)
{
    private readonly SortedDocValues?[] ids = new SortedDocValues?[reader.Leaves.Count];
    private readonly BytesRef scratch = new();

    public string Of(int doc)
    {
        var leaves = reader.Leaves;
        var ord = ReaderUtil.SubIndex(doc, leaves);
        var leaf = leaves[ord];
        (ids[ord] ??= FieldCache.DEFAULT.GetTermsIndex(leaf.AtomicReader, IndexSchema.Id)).Get(doc - leaf.DocBase, scratch);
        return scratch.Utf8ToString();
    }
}
