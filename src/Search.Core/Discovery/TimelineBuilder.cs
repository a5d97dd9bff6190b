using System.Diagnostics;
using Lucene.Net.Analysis;
using Search.Core.Searching;

namespace Search.Core.Discovery;

/// <summary>
/// The story of a query, person or topic over time: matches per day, week or month (Asia/Jakarta),
/// counted from doc values in one pass, with the top article of each bucket (the only stored fields loaded).
/// </summary>
public sealed class TimelineBuilder(SearchIndex index, Analyzer analyzer)
{
    private readonly UserQueryBuilder queries = new(analyzer);

    public TimelineResult Build(TimelineRequest request)
    {
        var clock = Stopwatch.StartNew();
        var query = queries.Build(request.Query);
        var filters = SearchFilters.Of(new SearchRequest { Filters = request.Filters, From = request.From, To = request.To });
        return index.Use(searcher =>
        {
            var collector = new TimelineCollector(request.Interval, DuplicateGroups.Of(searcher.IndexReader));
            searcher.Search(SearchFilters.Combine(query, filters), collector);
            var buckets = new List<TimelineBucket>();
            if (collector.Buckets.Count > 0)
            {
                var last = collector.Buckets.Keys.Max();
                for (var start = collector.Buckets.Keys.Min(); start <= last; start = TimelineCalendar.Next(start, request.Interval))
                {
                    var key = TimelineCalendar.KeyOf(start, request.Interval);
                    buckets.Add(collector.Buckets.TryGetValue(start, out var bucket)
                        ? new TimelineBucket(key, start, bucket.Count, ArticleReferenceLoader.Load(searcher, bucket.Top.Doc))
                        : new TimelineBucket(key, start, 0, null));
                }
            }
            return new TimelineResult(request.Interval, buckets.Sum(b => b.Count), buckets, clock.Elapsed);
        });
    }
}
