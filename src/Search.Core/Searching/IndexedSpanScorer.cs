using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Search.Core.Searching;

/// <summary>
/// A <see cref="QueryScorer"/> for a document of the index: its phrase positions come from the
/// document's postings (<see cref="IndexedSpanExtractor"/>), not from a MemoryIndex of the re-analysed text.
/// </summary>
internal sealed class IndexedSpanScorer : QueryScorer
{
    private readonly AtomicReaderContext leaf;
    private readonly int localDoc;

    public IndexedSpanScorer(Query query, string field, IndexReader reader, int docId)
        : base(query, field)
    {
        var leaves = reader.Leaves;
        leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        localDoc = docId - leaf.DocBase;
    }

    protected override WeightedSpanTermExtractor NewTermExtractor(string defaultField) =>
        defaultField is null ? new IndexedSpanExtractor(leaf, localDoc) : base.NewTermExtractor(defaultField);
}
