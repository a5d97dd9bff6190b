using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>
/// A query tree as it would be with Lucene's own disjunction scorers: every BooleanQuery and DisjunctionMaxQuery
/// (the lazily scoring ones of <see cref="UserQueryBuilder"/> among them) rebuilt as Lucene's own type, with the same
/// clauses, boosts and settings. The same matches and scores; for checking that, and for timing one against the other.
/// </summary>
public static class LuceneDisjunctions
{
    public static Query Of(Query query) => query switch
    {
        DisjunctionMaxQuery max => new DisjunctionMaxQuery(max.Disjuncts.Select(Of).ToList(), max.TieBreakerMultiplier) { Boost = max.Boost },
        BooleanQuery boolean => Boolean(boolean),
        _ => query,
    };

    private static BooleanQuery Boolean(BooleanQuery boolean)
    {
        var own = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            own.Add(Of(clause.Query), clause.Occur);
        }
        return own;
    }
}
