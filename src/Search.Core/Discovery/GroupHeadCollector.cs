using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Discovery;

/// <summary>
/// Collapses a search to one hit per near-duplicate group. Running in the search's own pass, it learns
/// which matching copy of each group comes first in the ranking (relevance: higher score; by date: the
/// date order), so a page, whether reached by offset or by cursor, shows a group only at that copy. Ties
/// go to the earlier-published copy, then the smaller id: the original rather than whichever copy the
/// parallel indexer happened to write first. Ungrouped documents always stand for themselves.
/// </summary>
internal sealed class GroupHeadCollector(IndexReader reader, SearchSort sort) : ICollector
{
    private readonly DuplicateGroups groups = DuplicateGroups.Of(reader);
    private readonly Dictionary<long, Head> heads = [];
    private readonly BytesRef scratch = new();
    private Scorer? scorer;
    private NumericDocValues? published;
    private SortedDocValues? ids;
    private AtomicReader? segment;
    private int docBase;
    private int grouped;

    /// <summary>Matching documents hidden behind another copy of their group.</summary>
    public int Hidden => grouped - heads.Count;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        segment = context.AtomicReader;
        docBase = context.DocBase;
        published = segment.GetNumericDocValues(IndexSchema.PublishedSort);
        ids = null;
    }

    public void Collect(int doc)
    {
        var group = groups.GroupOf(docBase + doc);
        if (group == DuplicateGroups.None)
        {
            return;
        }
        grouped++;
        var candidate = new Head(docBase + doc, sort == SearchSort.Relevance ? scorer!.GetScore() : 0, published?.Get(doc) ?? 0, IdOf(doc));
        if (!heads.TryGetValue(group, out var head) || candidate.RanksBefore(head, sort))
        {
            heads[group] = candidate;
        }
    }

    /// <summary>
    /// Takes in what <paramref name="other"/> collected over other documents of the same search (a part of a
    /// split pass, <see cref="Searching.SplitSearch"/>): each group keeps the copy that ranks first of both.
    /// </summary>
    public void Absorb(GroupHeadCollector other)
    {
        grouped += other.grouped;
        foreach (var (group, head) in other.heads)
        {
            if (!heads.TryGetValue(group, out var mine) || head.RanksBefore(mine, sort))
            {
                heads[group] = head;
            }
        }
    }

    /// <summary>Whether the document is the copy its group is shown at (always true without a group).</summary>
    public bool Stands(int doc) => groups.GroupOf(doc) is var group && (group == DuplicateGroups.None || heads[group].Doc == doc);

    /// <summary>
    /// Hits <paramref name="offset"/>..offset+size of the collapsed ranking. <paramref name="ranked"/> is the top
    /// <paramref name="depth"/> of the ranking; when hidden copies leave the page short and more hits exist,
    /// <paramref name="rerank"/> fetches a ranking deep enough to fill it (at most <see cref="Hidden"/> more).
    /// </summary>
    public IReadOnlyList<CollapsedHit> Page(TopDocs ranked, int depth, int offset, int size, Func<int, TopDocs> rerank)
    {
        var standing = ranked.ScoreDocs.Where(hit => Stands(hit.Doc)).ToList();
        if (standing.Count < offset + size && ranked.ScoreDocs.Length == depth && depth < ranked.TotalHits && Hidden > 0)
        {
            standing = rerank(depth + Hidden).ScoreDocs.Where(hit => Stands(hit.Doc)).ToList();
        }
        return standing.Skip(offset).Take(size).Select(hit => new CollapsedHit(hit, groups.DuplicatesOf(hit.Doc))).ToList();
    }

    private string IdOf(int doc)
    {
        ids ??= FieldCache.DEFAULT.GetTermsIndex(segment!, IndexSchema.Id);
        ids.Get(doc, scratch);
        return scratch.Utf8ToString();
    }

    private readonly record struct Head(int Doc, float Score, long PublishedMs, string Id)
    {
        public bool RanksBefore(Head other, SearchSort sort) => sort switch
        {
            SearchSort.Relevance when Score != other.Score => Score > other.Score,
            SearchSort.Newest when PublishedMs != other.PublishedMs => PublishedMs > other.PublishedMs,
            _ when PublishedMs != other.PublishedMs => PublishedMs < other.PublishedMs,
            _ => string.CompareOrdinal(Id, other.Id) < 0,
        };
    }
}
