using System.Globalization;
using Search.Evaluation.Retrieval;

namespace Search.Evaluation.Relevance;

/// <summary>
/// The per-query outcome as a TSV: query type, target id, query, then for every system its rank of the
/// target (empty when not in the top ten) and its ten best ids, comma-separated. For comparing two
/// systems query by query.
/// </summary>
public static class RelevanceDump
{
    public static void Write(string path, IReadOnlyList<KnownItem> queries, IReadOnlyList<string> keys, IReadOnlyList<KnownItemResults> results)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine(string.Join('\t', new[] { "type", "target", "query" }.Concat(keys.SelectMany(k => new[] { k + "_rank", k + "_top10" }))));
        for (var q = 0; q < queries.Count; q++)
        {
            var query = queries[q];
            var row = new List<string> { query.Type.ToString(), query.TargetId, query.Query };
            foreach (var result in results)
            {
                var topTen = result.TopTens[q];
                row.Add(KnownItemScore.RankOf(query.TargetId, topTen)?.ToString(CultureInfo.InvariantCulture) ?? "");
                row.Add(string.Join(',', topTen));
            }

            writer.WriteLine(string.Join('\t', row));
        }
    }
}
