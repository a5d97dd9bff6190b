using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// The top hits in <see cref="RelevanceOrder"/> (score, then newest, then id; after a cursor's hit when given one;
/// the same totals as Lucene's collectors), that does not score a match which cannot enter them: once the queue
/// is full, a match whose score bound (<see cref="ScoreBound"/>) is below the least hit kept would be turned away
/// anyway, so it is counted and passed over. On a broad query most matches are: with two common words joined by
/// OR, the hits that hold both words fill the queue early, and a match of one of them stays below. Collectors
/// beside this one (counts, group heads) still see every match.
/// </summary>
public sealed class BoundedTopScoreCollector : TopDocsCollector<ScoreDoc>
{
    private readonly SearchCursor? after;
    private readonly int afterBits;
    private readonly Similarity similarity;
    private readonly RelevanceOrder order;
    private readonly RankedHit candidate = new(0, 0, 0);
    private RankedHit least;
    private Scorer? scorer;
    private ScoreBound? bound;
    private NumericDocValues? published;
    private int docBase;
    private int collectedHits;

    public BoundedTopScoreCollector(int wanted, SearchCursor? after, IndexSearcher searcher)
        : this(wanted, after, searcher.Similarity, new RelevanceOrder(searcher.IndexReader))
    {
    }

    private BoundedTopScoreCollector(int wanted, SearchCursor? after, Similarity similarity, RelevanceOrder order)
        : base(new Hits(wanted, order))
    {
        this.after = after;
        afterBits = after is null ? 0 : NumericUtils.SingleToSortableInt32(after.Score);
        this.similarity = similarity;
        this.order = order;
        least = (RankedHit)m_pq.Top;
    }

    /// <summary>Matches passed over without being scored.</summary>
    public int Unscored { get; private set; }

    public override bool AcceptsDocsOutOfOrder => false;

    protected override int TopDocsCount => after is null ? base.TopDocsCount : Math.Min(collectedHits, m_pq.Count);

    /// <summary>The top <paramref name="depth"/> of the hits of several collectors (over parts of one reader) as one ranking.</summary>
    public static TopDocs Merge(IndexSearcher searcher, int depth, IReadOnlyList<TopDocs> parts) =>
        new RelevanceOrder(searcher.IndexReader).Merge(depth, parts);

    public override void SetScorer(Scorer scorer)
    {
        this.scorer = scorer;
        bound = ScoreBound.For(scorer, similarity);
    }

    public override void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        published = context.AtomicReader.GetNumericDocValues(IndexSchema.PublishedSort);
    }

    public override void Collect(int doc)
    {
        m_totalHits++;
        // Before the queue is full the least hit is a sentinel scoring minus infinity, which no bound is below.
        if (bound is not null && bound.Of(doc) < least.Score)
        {
            Unscored++;
            return;
        }
        var score = scorer!.GetScore();
        var bits = NumericUtils.SingleToSortableInt32(score);
        var leastBits = NumericUtils.SingleToSortableInt32(least.Score);
        if (bits < leastBits || (after is not null && bits > afterBits))
        {
            return;
        }
        // Only a tie in score needs the rest of the order; the hit is read into the least one's place, which it
        // takes only if it ranks before it (and after the cursor's hit).
        (candidate.Doc, candidate.Score, candidate.PublishedMs, candidate.Id) = (doc + docBase, score, published?.Get(doc) ?? 0, null);
        if ((bits == leastBits && order.Compare(candidate, least) >= 0) || (after is not null && bits == afterBits && order.Compare(candidate, after) <= 0))
        {
            return;
        }
        collectedHits++;
        (least.Doc, least.Score, least.PublishedMs, least.Id) = (candidate.Doc, score, candidate.PublishedMs, candidate.Id);
        least = (RankedHit)m_pq.UpdateTop();
    }

    protected override TopDocs NewTopDocs(ScoreDoc[] results, int start)
    {
        if (after is not null)
        {
            return new TopDocs(m_totalHits, results ?? [], float.NaN);
        }
        if (results is null)
        {
            return EMPTY_TOPDOCS;
        }
        if (start == 0)
        {
            return new TopDocs(m_totalHits, results, results[0].Score);
        }
        for (var i = m_pq.Count; i > 1; i--)
        {
            m_pq.Pop();
        }
        return new TopDocs(m_totalHits, results, m_pq.Pop().Score);
    }

    /// <summary>The hit queue: the least hit first in <see cref="RelevanceOrder"/>; filled with sentinels (minus infinity) so that a hit only ever replaces the least.</summary>
    private sealed class Hits(int size, RelevanceOrder order) : PriorityQueue<ScoreDoc>(size, Sentinels.Instance)
    {
        protected override bool LessThan(ScoreDoc a, ScoreDoc b)
        {
            var (x, y) = ((RankedHit)a, (RankedHit)b);
            // Sentinels tie only among themselves, and their order does not matter.
            return float.IsNegativeInfinity(x.Score) && float.IsNegativeInfinity(y.Score) ? x.Doc > y.Doc : order.Compare(x, y) > 0;
        }
    }

    private sealed class Sentinels : ISentinelFactory<ScoreDoc>
    {
        public static readonly Sentinels Instance = new();

        public ScoreDoc Create() => new RankedHit(int.MaxValue, float.NegativeInfinity, long.MinValue);
    }
}
