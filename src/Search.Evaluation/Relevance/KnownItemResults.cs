using Search.Evaluation.Retrieval;

namespace Search.Evaluation.Relevance;

/// <summary>MRR@10 and Recall@10 of one system for every query type.</summary>
public sealed class KnownItemResults
{
    private readonly Dictionary<QueryType, KnownItemScore> _scores = Enum.GetValues<QueryType>().ToDictionary(t => t, _ => new KnownItemScore());

    public KnownItemScore this[QueryType type] => _scores[type];

    public TimeSpan SearchTime { get; private set; }

    public static KnownItemResults Of(ISearchSystem system, IReadOnlyList<KnownItem> queries)
    {
        var results = new KnownItemResults();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var query in queries)
        {
            results._scores[query.Type].Add(KnownItemScore.RankOf(query.TargetId, system.TopTen(query.Query)));
        }

        results.SearchTime = clock.Elapsed;
        return results;
    }
}
