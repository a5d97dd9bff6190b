using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Search.Core.Searching;

/// <summary>
/// The top hits by score, as Lucene's in-order <see cref="TopScoreDocCollector"/> collects them (after a cursor's hit
/// when given one; ties by document number; the same totals), that does not score a match which cannot enter them:
/// once the queue is full, a match whose score bound (<see cref="ScoreBound"/>) is below the least hit kept would be
/// turned away anyway, so it is counted and passed over. On a broad query most matches are: with two common words
/// joined by OR, the hits that hold both words fill the queue early, and a match of one of them stays below.
/// Collectors beside this one (counts, group heads) still see every match.
/// </summary>
public sealed class BoundedTopScoreCollector : TopDocsCollector<ScoreDoc>
{
    private readonly ScoreDoc? after;
    private readonly int afterBits;
    private readonly Similarity similarity;
    private ScoreDoc least;
    private Scorer? scorer;
    private ScoreBound? bound;
    private int docBase;
    private int afterDoc;
    private int collectedHits;

    public BoundedTopScoreCollector(int wanted, ScoreDoc? after, Similarity similarity)
        : base(new Hits(wanted))
    {
        this.after = after;
        afterBits = after is null ? 0 : NumericUtils.SingleToSortableInt32(after.Score);
        this.similarity = similarity;
        least = m_pq.Top;
    }

    /// <summary>Matches passed over without being scored.</summary>
    public int Unscored { get; private set; }

    public override bool AcceptsDocsOutOfOrder => false;

    protected override int TopDocsCount => after is null ? base.TopDocsCount : Math.Min(collectedHits, m_pq.Count);

    public override void SetScorer(Scorer scorer)
    {
        this.scorer = scorer;
        bound = ScoreBound.For(scorer, similarity);
    }

    public override void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        afterDoc = after is null ? 0 : after.Doc - docBase;
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
        if (after is not null)
        {
            if (bits > afterBits || (bits == afterBits && doc <= afterDoc))
            {
                // On a page before.
                return;
            }
        }
        // In document order, a hit that ties the least one kept comes after it.
        if (bits <= NumericUtils.SingleToSortableInt32(least.Score))
        {
            return;
        }
        collectedHits++;
        least.Doc = doc + docBase;
        least.Score = score;
        least = m_pq.UpdateTop();
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

    /// <summary>
    /// Lucene's hit queue: least first by score, then the later document; filled with sentinels (minus infinity, the
    /// largest document number) so that a hit only ever replaces the least.
    /// </summary>
    private sealed class Hits(int size) : PriorityQueue<ScoreDoc>(size, Sentinels.Instance)
    {
        protected override bool LessThan(ScoreDoc a, ScoreDoc b)
        {
            var (x, y) = (NumericUtils.SingleToSortableInt32(a.Score), NumericUtils.SingleToSortableInt32(b.Score));
            return x == y ? a.Doc > b.Doc : x < y;
        }
    }

    private sealed class Sentinels : ISentinelFactory<ScoreDoc>
    {
        public static readonly Sentinels Instance = new();

        public ScoreDoc Create() => new(int.MaxValue, float.NegativeInfinity);
    }
}
