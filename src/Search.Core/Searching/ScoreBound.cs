using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// An upper bound of the score a scorer tree gives the document it is on, worked out from which of its leaves (terms,
/// phrases) can match that document, without scoring any: a leaf scores at most its BM25 ceiling
/// (<see cref="ExactLengthBm25Similarity.MaxScore"/>), a sum at most the sum of its clauses' bounds, a dis-max at most
/// the best bound plus the tie-breaker times the others', the recency boost at most its largest factor. A leaf whose
/// scorer is past the document does not match it; one on it or not yet advanced to it might. The bound of every
/// pattern of leaves that might match is worked out once per segment, so a document costs a read of each leaf's
/// position and a table look-up. Built from the scorer Lucene hands a collector; null when the tree holds a scorer of
/// a kind not known here or more than <see cref="MaxLeaves"/> leaves, or when the searcher's similarity is not the
/// index's BM25.
/// </summary>
internal sealed class ScoreBound
{
    /// <summary>
    /// Leaves of a tree that can be bounded: a table of 2^10 bounds per segment and part, worked out in well under a
    /// millisecond. Two words joined by OR, each sought in five fields, have ten.
    /// </summary>
    public const int MaxLeaves = 10;

    // Every bound is widened by this share: the bounds are worked out in a different order of float operations
    // than the scores (each off by a few units in the last place of 2^-24), and a bound must never fall below a score.
    private const float Margin = 1e-4f;

    // Each leaf's position: docs[i][at[i]] when its parent is a lazy disjunction (which keeps its sub-scorers'
    // documents in an array), otherwise scorers[i].DocID.
    private readonly int[]?[] docs;
    private readonly int[] at;
    private readonly Scorer[] scorers;
    private readonly float[] table;

    private ScoreBound(List<Node> leaves, Node root)
    {
        docs = leaves.Select(l => l.ParentDocs).ToArray();
        at = leaves.Select(l => l.Index).ToArray();
        scorers = leaves.Select(l => l.Scorer).ToArray();
        table = new float[1 << leaves.Count];
        for (var pattern = 0; pattern < table.Length; pattern++)
        {
            table[pattern] = root.Bound(pattern) * (1 + Margin);
        }
    }

    /// <summary>At least the score of <paramref name="doc"/>, which the top scorer must be on.</summary>
    public float Of(int doc)
    {
        var pattern = 0;
        for (var i = 0; i < scorers.Length; i++)
        {
            var position = docs[i] is { } parent ? parent[at[i]] : scorers[i].DocID;
            pattern |= (position <= doc ? 1 : 0) << i;
        }
        return table[pattern];
    }

    /// <summary>The bound of the scorer tree of a segment; null when it cannot be bounded.</summary>
    public static ScoreBound? For(Scorer scorer, Similarity similarity)
    {
        if (similarity is not ExactLengthBm25Similarity)
        {
            return null;
        }
        var leaves = new List<Node>();
        var root = Build(scorer, 1f, leaves, null, 0);
        return root is null || leaves.Count > MaxLeaves ? null : new ScoreBound(leaves, root);
    }

    /// <summary>
    /// <paramref name="boost"/> is the product of the boosts above this scorer that Lucene folded into its leaves'
    /// weights (<c>Weight.Normalize</c>'s top-level boost).
    /// </summary>
    private static Node? Build(Scorer scorer, float boost, List<Node> leaves, int[]? parentDocs, int index)
    {
        var children = scorer.GetChildren().ToList();
        var query = scorer.Weight?.Query;
        var subDocs = (scorer as LazyDisjunctionScorer)?.SubDocs;
        List<Node?> Subs(float below) => children.Where(c => c.Relationship != "MUST_NOT").Select((c, i) => Build(c.Child, below, leaves, subDocs, i)).ToList();
        if (children.Count == 1 && children[0].Relationship is "FILTERED" or "CACHED")
        {
            // A filtered query's scorer carries its inner query's weight; the filter does not score.
            return Node.Of(Kind.Scaled, 1f, Subs(query is FilteredQuery filtered ? boost * filtered.Boost : boost));
        }
        switch (query)
        {
            case var _ when RecencyBoost.IsRecency(query) && children.Count == 1:
                // The sub-query is normalized without the boosts above (CustomScoreQuery); they multiply its score instead.
                return Node.Of(Kind.Scaled, boost * query!.Boost * RecencyBoost.MaxFactor, Subs(1f));
            case DisjunctionMaxQuery max when children.Count > 0:
                return Node.Of(Kind.BestOf, max.TieBreakerMultiplier, Subs(boost * max.Boost));
            case BooleanQuery boolean when children.Count > 0:
                // Coord is 1 under the index's similarity: a boolean query scores the plain sum of its matching clauses.
                return Node.Of(Kind.Sum, 1f, Subs(boost * boolean.Boost));
            case TermQuery or PhraseQuery or MultiPhraseQuery when children.Count == 0:
                // The leaf's value for normalization is (idf × its own boost)²; the boosts above multiply in at normalization.
                var weight = (float)Math.Sqrt(scorer.Weight!.GetValueForNormalization()) * boost;
                var leaf = new Node(Kind.Leaf, ExactLengthBm25Similarity.MaxScore(weight), []) { Scorer = scorer, ParentDocs = parentDocs, Index = index, Bit = leaves.Count };
                leaves.Add(leaf);
                return leaf;
            default:
                return null;
        }
    }

    private enum Kind
    {
        Leaf,
        Sum,
        BestOf,
        Scaled,
    }

    /// <summary>A scorer of the tree: a leaf (<see cref="Factor"/> its ceiling) or a combination of its children's scores.</summary>
    private sealed record Node(Kind Kind, float Factor, Node[] Children)
    {
        public Scorer Scorer { get; init; } = null!;

        public int[]? ParentDocs { get; init; }

        public int Index { get; init; }

        public int Bit { get; init; }

        public static Node? Of(Kind kind, float factor, List<Node?> children) =>
            children.Count == 0 || children.Any(c => c is null) ? null : new Node(kind, factor, children.Select(c => c!).ToArray());

        /// <summary>The bound when the leaves of <paramref name="pattern"/>'s bits might match and the others do not.</summary>
        public float Bound(int pattern)
        {
            if (Kind == Kind.Leaf)
            {
                return (pattern & (1 << Bit)) != 0 ? Factor : 0;
            }
            float sum = 0, best = 0;
            foreach (var child in Children)
            {
                var bound = child.Bound(pattern);
                sum += bound;
                best = Math.Max(best, bound);
            }
            return Kind switch
            {
                Kind.BestOf => best + ((sum - best) * Factor),
                Kind.Scaled => sum * Factor,
                _ => sum,
            };
        }
    }
}
