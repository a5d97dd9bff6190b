namespace Search.Evaluation.Retrieval;

/// <summary>Mean reciprocal rank and recall of the target article within the top ten.</summary>
public sealed class KnownItemScore
{
    private double _reciprocalRanks;
    private int _found;
    private int _queries;

    public double MeanReciprocalRank => _queries == 0 ? 0 : _reciprocalRanks / _queries;

    public double Recall => _queries == 0 ? 0 : (double)_found / _queries;

    public int Queries => _queries;

    /// <summary>Records one query; <paramref name="rank"/> is 1-based, or null when not in the top ten.</summary>
    public void Add(int? rank)
    {
        _queries++;
        if (rank is { } r)
        {
            _found++;
            _reciprocalRanks += 1.0 / r;
        }
    }

    public static int? RankOf(string targetId, IReadOnlyList<string> topTen)
    {
        for (var i = 0; i < topTen.Count; i++)
        {
            if (topTen[i] == targetId)
            {
                return i + 1;
            }
        }

        return null;
    }
}
