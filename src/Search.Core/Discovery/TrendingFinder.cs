using System.Diagnostics;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Discovery;

/// <summary>
/// Values of a facet dimension whose share of articles in a window most exceeds their share in the
/// baseline window of the same length just before it. Counts come from the dimension's doc values
/// (no stored fields). The score is JLH, the default of Elasticsearch's <c>significant_terms</c>, with
/// the baseline share smoothed by one pseudo-article so that a value new in the window scores finitely:
/// <code>
///   fg = count / total                               (share in the window)
///   bg = (baselineCount + 1) / (baselineTotal + 1)   (smoothed share in the baseline)
///   score = (fg − bg) × fg / bg                      (listed only when fg &gt; bg and count ≥ MinCount)
/// </code>
/// The absolute rise (fg − bg) keeps rare values from winning on ratio alone; the ratio (fg / bg)
/// keeps always-common values from winning on volume alone. Ties: higher count, then value.
/// </summary>
public sealed class TrendingFinder(SearchIndex index)
{
    /// <summary>The dimensions trending can rank: every facet dimension that is not a calendar.</summary>
    public static IReadOnlyList<string> Dimensions { get; } =
        FacetDimensions.All.Where(d => !FacetDimensions.IsCalendar(d.Name)).Select(d => d.Name).ToList();

    public TrendingResult Find(TrendingRequest request)
    {
        var clock = Stopwatch.StartNew();
        var field = FacetDimensions.All.Single(d => d.Name == request.Dimension).Field;
        var days = request.To.DayNumber - request.From.DayNumber + 1;
        var baselineTo = request.From.AddDays(-1);
        var baselineFrom = request.From.AddDays(-days);
        return index.Use(searcher =>
        {
            var (total, counts) = Count(searcher, field, request.From, request.To);
            var (baselineTotal, baselineCounts) = Count(searcher, field, baselineFrom, baselineTo);
            var values = counts
                .Where(c => c.Value >= request.MinCount)
                .Select(c => Score(c.Key, c.Value, total, baselineCounts.GetValueOrDefault(c.Key), baselineTotal))
                .Where(v => v is not null)
                .Select(v => v!)
                .OrderByDescending(v => v.Score)
                .ThenByDescending(v => v.Count)
                .ThenBy(v => v.Value, StringComparer.Ordinal)
                .Take(request.Size)
                .ToList();
            return new TrendingResult(request.Dimension, request.From, request.To, baselineFrom, baselineTo, total, baselineTotal, values, clock.Elapsed);
        });
    }

    /// <summary>The Asia/Jakarta day of the newest article, or null for an empty index.</summary>
    public DateOnly? LatestDay() => index.Use(searcher =>
    {
        var newest = searcher.Search(new MatchAllDocsQuery(), null, 1, new Sort(new SortField(IndexSchema.PublishedSort, SortFieldType.INT64, true)));
        if (newest.ScoreDocs.Length == 0)
        {
            return (DateOnly?)null;
        }
        var ms = Convert.ToInt64(((FieldDoc)newest.ScoreDocs[0]).Fields[0], System.Globalization.CultureInfo.InvariantCulture);
        return TimelineCalendar.StartOf(ms, TimelineInterval.Day);
    });

    private static TrendingValue? Score(string value, int count, int total, int baselineCount, int baselineTotal)
    {
        var fg = count / (double)total;
        var bg = (baselineCount + 1) / (double)(baselineTotal + 1);
        return fg > bg ? new TrendingValue(value, count, baselineCount, Math.Round((fg - bg) * fg / bg, 6)) : null;
    }

    private static (int Total, IReadOnlyDictionary<string, int> Counts) Count(IndexSearcher searcher, string field, DateOnly from, DateOnly to)
    {
        var window = NumericRangeQuery.NewInt64Range(
            IndexSchema.PublishedRange,
            JakartaTime.StartOfDay(from).ToUnixTimeMilliseconds(),
            JakartaTime.StartOfDay(to.AddDays(1)).ToUnixTimeMilliseconds(),
            true,
            false);
        var total = new TotalHitCountCollector();
        using var counter = new FacetCountingCollector([field]);
        searcher.Search(new ConstantScoreQuery(window), MultiCollector.Wrap(total, counter));
        return (total.TotalHits, counter.CountsOf(field).ToDictionary());
    }
}
