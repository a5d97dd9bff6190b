using Search.Evaluation.Retrieval;

namespace Search.Evaluation.Relevance;

/// <summary>MRR@10 and Recall@10 of one system for every query type, and each query's ten best ids.</summary>
public sealed class KnownItemResults
{
    private readonly Dictionary<QueryType, KnownItemScore> _scores = Enum.GetValues<QueryType>().ToDictionary(t => t, _ => new KnownItemScore());
    private readonly List<IReadOnlyList<string>> _topTens = [];

    public KnownItemScore this[QueryType type] => _scores[type];

    /// <summary>The ten best ids of every query, in the order of the queries.</summary>
    public IReadOnlyList<IReadOnlyList<string>> TopTens => _topTens;

    public TimeSpan SearchTime { get; private set; }

    public static KnownItemResults Of(ISearchSystem system, IReadOnlyList<KnownItem> queries)
    {
        var results = new KnownItemResults();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var query in queries)
        {
            var topTen = system.TopTen(query.Query);
            results._topTens.Add(topTen);
            results._scores[query.Type].Add(KnownItemScore.RankOf(query.TargetId, topTen));
        }

        results.SearchTime = clock.Elapsed;
        return results;
    }
}
