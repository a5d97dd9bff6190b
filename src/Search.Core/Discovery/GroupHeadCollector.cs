using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Discovery;

/// <summary>
/// Collapses a search to one hit per near-duplicate group. Running in the search's own pass, it learns
/// which matching copy of each group comes first in the ranking (relevance: higher score; by date: the
/// date order), so a page, whether reached by offset or by cursor, shows a group only at that copy. Ties
/// go to the earlier-published copy, then the smaller id: the original rather than whichever copy the
/// parallel indexer happened to write first. Ungrouped documents always stand for themselves.
/// Given the pass's ranking collector, it passes on only the documents that stand at the time they come: an
/// ungrouped one, or a copy that ranks before every copy of its group seen so far. Every copy that stands in
/// the end is passed on (it ranks before all its copies), so the ranking holds every standing hit and few
/// copies beside them, and a page seldom needs a second pass (<see cref="Page"/>).
/// </summary>
/// <param name="ranked">The ranking collector fed the standing candidates; null to only learn the heads.</param>
internal sealed class GroupHeadCollector(IndexReader reader, SearchSort sort, ICollector? ranked = null) : ICollector
{
    private readonly DuplicateGroups groups = DuplicateGroups.Of(reader);
    private readonly Dictionary<long, Head> heads = [];
    private readonly TieBreakIds ids = new(reader);
    private Scorer? scorer;
    private NumericDocValues? published;
    private int docBase;
    private int grouped;

    /// <summary>Matching documents hidden behind another copy of their group.</summary>
    public int Hidden => grouped - heads.Count;

    /// <summary>Every matching document collected, copies included.</summary>
    public int Matched { get; private set; }

    public bool AcceptsDocsOutOfOrder => ranked?.AcceptsDocsOutOfOrder ?? true;

    public void SetScorer(Scorer scorer)
    {
        this.scorer = scorer;
        ranked?.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ranked?.SetNextReader(context);
        docBase = context.DocBase;
        published = context.AtomicReader.GetNumericDocValues(IndexSchema.PublishedSort);
    }

    public void Collect(int doc)
    {
        Matched++;
        var group = groups.GroupOf(docBase + doc);
        if (group == DuplicateGroups.None)
        {
            ranked?.Collect(doc);
            return;
        }
        grouped++;
        var candidate = new Head(docBase + doc, sort == SearchSort.Relevance ? scorer!.GetScore() : 0, published?.Get(doc) ?? 0);
        ref var head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(heads, group, out var exists);
        if (!exists || RanksBefore(candidate, head))
        {
            head = candidate;
            ranked?.Collect(doc);
        }
    }

    /// <summary>A collector that passes on to <paramref name="inner"/> only the documents that stand (after the pass that learned the heads).</summary>
    public ICollector OnlyStanding(ICollector inner) => new StandingFilter(this, inner);

    /// <summary>
    /// Takes in what <paramref name="other"/> collected over other documents of the same search (a part of a
    /// split pass, <see cref="Searching.SplitSearch"/>): each group keeps the copy that ranks first of both.
    /// </summary>
    public void Absorb(GroupHeadCollector other)
    {
        grouped += other.grouped;
        Matched += other.Matched;
        foreach (var (group, head) in other.heads)
        {
            if (!heads.TryGetValue(group, out var mine) || RanksBefore(head, mine))
            {
                heads[group] = head;
            }
        }
    }

    /// <summary>Whether the document is the copy its group is shown at (always true without a group).</summary>
    public bool Stands(int doc) => groups.GroupOf(doc) is var group && (group == DuplicateGroups.None || heads[group].Doc == doc);

    /// <summary>
    /// Hits <paramref name="offset"/>..offset+size of the collapsed ranking. <paramref name="ranked"/> is the top
    /// <paramref name="depth"/> of the ranking of the candidates this collector passed on; when copies that
    /// stood when they came but not in the end leave the page short and more candidates exist,
    /// <paramref name="rerank"/> ranks the standing hits alone (<see cref="OnlyStanding"/>) to the page's end.
    /// </summary>
    public IReadOnlyList<CollapsedHit> Page(TopDocs ranked, int depth, int offset, int size, Func<int, TopDocs> rerank)
    {
        var standing = ranked.ScoreDocs.Where(hit => Stands(hit.Doc)).ToList();
        if (standing.Count < offset + size && ranked.ScoreDocs.Length == depth && depth < ranked.TotalHits && Hidden > 0)
        {
            standing = rerank(offset + size).ScoreDocs.ToList();
        }
        return standing.Skip(offset).Take(size).Select(hit => new CollapsedHit(hit, groups.DuplicatesOf(hit.Doc))).ToList();
    }

    /// <summary>
    /// Whether <paramref name="head"/> ranks before <paramref name="other"/>: by score (relevance) or date, then
    /// the earlier-published copy, then the smaller id (read only for such a tie).
    /// </summary>
    private bool RanksBefore(Head head, Head other) => sort switch
    {
        SearchSort.Relevance when head.Score != other.Score => head.Score > other.Score,
        SearchSort.Newest when head.PublishedMs != other.PublishedMs => head.PublishedMs > other.PublishedMs,
        _ when head.PublishedMs != other.PublishedMs => head.PublishedMs < other.PublishedMs,
        _ => string.CompareOrdinal(IdOf(head.Doc), IdOf(other.Doc)) < 0,
    };

    private string IdOf(int doc) => ids.Of(doc);

    private readonly record struct Head(int Doc, float Score, long PublishedMs);

    private sealed class StandingFilter(GroupHeadCollector heads, ICollector inner) : ICollector
    {
        private int docBase;

        public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

        public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

        public void SetNextReader(AtomicReaderContext context)
        {
            docBase = context.DocBase;
            inner.SetNextReader(context);
        }

        public void Collect(int doc)
        {
            if (heads.Stands(docBase + doc))
            {
                inner.Collect(doc);
            }
        }
    }
}
