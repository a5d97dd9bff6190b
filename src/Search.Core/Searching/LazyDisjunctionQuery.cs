using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Searching;

/// <summary>
/// A BooleanQuery of SHOULD clauses (any of them matches; the score is their sum) whose scorer, where Lucene would use
/// its <c>DisjunctionSumScorer</c>, is a <see cref="LazyDisjunctionScorer"/>: the same matches and scores, a document
/// scored only when a collector asks. Everything else (rewriting, explaining, terms, equality) is BooleanQuery's.
/// </summary>
internal sealed class LazyDisjunctionQuery : BooleanQuery
{
    public override Weight CreateWeight(IndexSearcher searcher) => new LazyWeight(this, searcher);

    private sealed class LazyWeight(LazyDisjunctionQuery query, IndexSearcher searcher) : BooleanWeight(query, searcher, query.CoordDisabled)
    {
        // In order only: the bucket scorer Lucene would use for a collector that takes documents out of order scores eagerly.
        public override bool ScoresDocsOutOfOrder => false;

        public override BulkScorer GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs) =>
            base.GetBulkScorer(context, true, acceptDocs);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            if (query.MinimumNumberShouldMatch > 1 || query.Clauses.Any(c => c.Occur != Occur.SHOULD) || m_weights.Count > LazyDisjunctionScorer.MaxClauses)
            {
                return base.GetScorer(context, acceptDocs);
            }
            var subs = new List<Scorer>(m_weights.Count);
            foreach (var weight in m_weights)
            {
                if (weight.GetScorer(context, acceptDocs) is { } scorer)
                {
                    subs.Add(scorer);
                }
            }
            if (subs.Count < 2)
            {
                // None matches in this segment, or one does: Lucene's own answer (null, or that clause with its coord).
                return base.GetScorer(context, acceptDocs);
            }
            var coord = new float[subs.Count + 1];
            for (var i = 0; i < coord.Length; i++)
            {
                coord[i] = query.CoordDisabled ? 1f : Coord(i, m_maxCoord);
            }
            return LazyDisjunctionScorer.Sum(this, subs, coord);
        }
    }
}
