using Lucene.Net.Search;

namespace Search.Core.Discovery;

/// <summary>
/// Collapses a ranked list to one document per near-duplicate group: the best-ranked copy stays, in its
/// place, and carries the number of other copies the index holds.
/// </summary>
internal static class DuplicateCollapser
{
    public static List<CollapsedHit> Collapse(IEnumerable<ScoreDoc> ranked, DuplicateGroups groups, int take)
    {
        var seen = new HashSet<long>();
        var kept = new List<CollapsedHit>();
        foreach (var hit in ranked)
        {
            if (kept.Count == take)
            {
                break;
            }
            var group = groups.GroupOf(hit.Doc);
            if (group == DuplicateGroups.None || seen.Add(group))
            {
                kept.Add(new CollapsedHit(hit, groups.DuplicatesOf(hit.Doc)));
            }
        }
        return kept;
    }
}
