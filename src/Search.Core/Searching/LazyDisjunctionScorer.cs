using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>
/// The scorer of a small disjunction (<see cref="LazyDisjunctionQuery"/>, <see cref="LazyDisjunctionMaxQuery"/>) that
/// scores a document only when asked, and once. Lucene's own disjunction scorers score every match as they reach it,
/// each level calling the one below, even in a pass that only counts (a sideways facet pass), and keep their
/// sub-scorers in a heap; a word sought in five fields is two levels of them. Here the few sub-scorers are kept in an
/// array with their current documents, the next match is the smallest of those, and the score is worked out on demand
/// with Lucene's own arithmetic: a sum in double times the coord factor of the number of matching clauses
/// (<c>DisjunctionSumScorer</c>), or the best score plus the tie-breaker times the others in float
/// (<c>DisjunctionMaxScorer</c>). Lucene adds the matching clauses in its heap's order, this in clause order: the same
/// sum, since a double holds the sum of a few floats exactly unless their magnitudes lie more than 2^27 apart (BM25
/// scores of one query never do), and a float sum of two is the same either way (a max disjunction of more than two
/// with a tie-breaker stays Lucene's).
/// </summary>
internal sealed class LazyDisjunctionScorer : Scorer
{
    /// <summary>More sub-scorers than this are better served by Lucene's heap than by a scan of every one per match.</summary>
    public const int MaxClauses = 8;

    private readonly Scorer[] subs;
    private readonly int[] docs;
    private readonly float[]? coord;
    private readonly float tieBreaker;
    private int doc = -1;
    private int scoredDoc = -1;
    private float score;

    private LazyDisjunctionScorer(Weight weight, IReadOnlyList<Scorer> subs, float[]? coord, float tieBreaker)
        : base(weight)
    {
        this.subs = subs.ToArray();
        docs = this.subs.Select(s => s.DocID).ToArray();
        this.coord = coord;
        this.tieBreaker = tieBreaker;
    }

    /// <summary>A sum of the matching clauses' scores times <paramref name="coord"/>[number matching], as a BooleanQuery of SHOULD clauses.</summary>
    public static LazyDisjunctionScorer Sum(Weight weight, IReadOnlyList<Scorer> subs, float[] coord) => new(weight, subs, coord, 0);

    /// <summary>The best matching clause's score plus <paramref name="tieBreaker"/> times the others', as a DisjunctionMaxQuery.</summary>
    public static LazyDisjunctionScorer Max(Weight weight, IReadOnlyList<Scorer> subs, float tieBreaker) => new(weight, subs, null, tieBreaker);

    public override int DocID => doc;

    /// <summary>The document each sub-scorer is on, in the order of <see cref="GetChildren"/>, kept up to date as it moves; read only.</summary>
    internal int[] SubDocs => docs;

    public override int Freq
    {
        get
        {
            var matching = 0;
            foreach (var d in docs)
            {
                matching += d == doc ? 1 : 0;
            }
            return matching;
        }
    }

    public override int NextDoc()
    {
        var next = NO_MORE_DOCS;
        for (var i = 0; i < docs.Length; i++)
        {
            var d = docs[i];
            if (d == doc)
            {
                docs[i] = d = subs[i].NextDoc();
            }
            if (d < next)
            {
                next = d;
            }
        }
        return doc = next;
    }

    public override int Advance(int target)
    {
        var next = NO_MORE_DOCS;
        for (var i = 0; i < docs.Length; i++)
        {
            var d = docs[i];
            if (d < target)
            {
                docs[i] = d = subs[i].Advance(target);
            }
            if (d < next)
            {
                next = d;
            }
        }
        return doc = next;
    }

    public override float GetScore()
    {
        if (scoredDoc != doc)
        {
            score = coord is null ? MaxScore() : SumScore();
            scoredDoc = doc;
        }
        return score;
    }

    public override long GetCost() => subs.Sum(s => s.GetCost());

    public override ICollection<ChildScorer> GetChildren() => subs.Select(s => new ChildScorer(s, "SHOULD")).ToList();

    private float SumScore()
    {
        double sum = 0;
        var matching = 0;
        for (var i = 0; i < docs.Length; i++)
        {
            if (docs[i] == doc)
            {
                sum += subs[i].GetScore();
                matching++;
            }
        }
        return (float)sum * coord![matching];
    }

    private float MaxScore()
    {
        float sum = 0, max = 0;
        var first = true;
        for (var i = 0; i < docs.Length; i++)
        {
            if (docs[i] != doc)
            {
                continue;
            }
            var sub = subs[i].GetScore();
            if (first)
            {
                sum = max = sub;
                first = false;
            }
            else
            {
                sum += sub;
                max = Math.Max(max, sub);
            }
        }
        return max + ((sum - max) * tieBreaker);
    }
}
