using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Searching;

/// <summary>
/// The relevance order: higher score first; equal scores newest first, then by id. Unlike Lucene's tie by document
/// number, this does not depend on which indexing thread wrote which article, so a rebuilt index ranks the same
/// way, and a cursor (score, publication time, id) continues at the same place after the index changed.
/// </summary>
internal sealed class RelevanceOrder(IndexReader reader)
{
    private readonly TieBreakIds ids = new(reader);

    /// <summary>Negative when <paramref name="a"/> ranks before <paramref name="b"/>.</summary>
    public int Compare(RankedHit a, RankedHit b)
    {
        var (x, y) = (NumericUtils.SingleToSortableInt32(a.Score), NumericUtils.SingleToSortableInt32(b.Score));
        if (x != y)
        {
            return y.CompareTo(x);
        }
        return a.PublishedMs != b.PublishedMs ? b.PublishedMs.CompareTo(a.PublishedMs) : string.CompareOrdinal(IdOf(a), IdOf(b));
    }

    /// <summary>Negative when the hit ranks before the cursor's hit, zero when it is that hit.</summary>
    public int Compare(RankedHit hit, SearchCursor cursor)
    {
        var (x, y) = (NumericUtils.SingleToSortableInt32(hit.Score), NumericUtils.SingleToSortableInt32(cursor.Score));
        if (x != y)
        {
            return y.CompareTo(x);
        }
        return hit.PublishedMs != cursor.PublishedMs ? cursor.PublishedMs.CompareTo(hit.PublishedMs) : string.CompareOrdinal(IdOf(hit), cursor.Id);
    }

    /// <summary>The top <paramref name="depth"/> of the parts' hits (each part ranked in this order) as one ranking.</summary>
    public TopDocs Merge(int depth, IReadOnlyList<TopDocs> parts)
    {
        var hits = parts.SelectMany(p => p.ScoreDocs).Cast<RankedHit>().ToList();
        hits.Sort(Compare);
        var top = hits.Take(depth).ToArray<ScoreDoc>();
        var max = parts.Select(p => p.MaxScore).Where(float.IsFinite).DefaultIfEmpty(float.NaN).Max();
        return new TopDocs(parts.Sum(p => p.TotalHits), top, max);
    }

    private string IdOf(RankedHit hit) => hit.Id ??= ids.Of(hit.Doc);
}
