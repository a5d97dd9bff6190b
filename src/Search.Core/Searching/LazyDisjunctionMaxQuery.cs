using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Searching;

/// <summary>
/// A DisjunctionMaxQuery (the best clause's score plus the tie-breaker times the others') whose scorer is a
/// <see cref="LazyDisjunctionScorer"/>: the same matches and scores, a document scored only when a collector asks.
/// Everything else (rewriting, explaining, terms, equality) is DisjunctionMaxQuery's.
/// </summary>
internal sealed class LazyDisjunctionMaxQuery(float tieBreaker) : DisjunctionMaxQuery(tieBreaker)
{
    public override Weight CreateWeight(IndexSearcher searcher) => new LazyWeight(this, searcher);

    private sealed class LazyWeight(LazyDisjunctionMaxQuery query, IndexSearcher searcher) : DisjunctionMaxWeight(query, searcher)
    {
        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var subs = new List<Scorer>(m_weights.Count);
            foreach (var weight in m_weights)
            {
                if (weight.GetScorer(context, acceptDocs) is { } scorer)
                {
                    subs.Add(scorer);
                }
            }
            if (subs.Count == 0)
            {
                return null;
            }
            // Lucene sums the others' scores in float in its heap's order: with more than two and a tie-breaker, keep its order.
            return (subs.Count > 2 && query.TieBreakerMultiplier != 0) || subs.Count > LazyDisjunctionScorer.MaxClauses
                ? base.GetScorer(context, acceptDocs)
                : LazyDisjunctionScorer.Max(this, subs, query.TieBreakerMultiplier);
        }
    }
}
