using System.Globalization;
using System.Runtime.InteropServices;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Bench.Profiling;

/// <summary>
/// What one whole-index pass of a query costs, piece by piece, in processor time of the thread that runs it (best of
/// five, so other processes on the machine weigh little): iterating the matches only, scoring each, the top 30, the
/// seven facet counts, and top 30 with the counts (the main pass without near-duplicate heads); the top 30 again with
/// matches that cannot reach it left unscored (<see cref="BoundedTopScoreCollector"/>). Each piece runs with
/// the query as built (its disjunctions scoring on demand) and with the same tree of Lucene's own BooleanQuery and
/// DisjunctionMaxQuery, in the same process.
/// </summary>
public static class PassCost
{
    public static void Run(SearchIndex index, Analyzer analyzer, IReadOnlyList<string> texts)
    {
        var builder = new UserQueryBuilder(analyzer);
        var fields = FacetDimensions.All.Select(d => d.Field).ToList();
        var pieces = new (string Name, Func<IndexSearcher, ICollector> Make)[]
        {
            ("matches only", _ => new Counting(scores: false)),
            ("matches + score", _ => new Counting(scores: true)),
            ("top 30", _ => TopScoreDocCollector.Create(30, true)),
            ("top 30 bounded", s => new BoundedTopScoreCollector(30, null, s)),
            ("7 facet counts", _ => new FacetCountingCollector(fields)),
            ("top 30 + facets", _ => MultiCollector.Wrap(TopScoreDocCollector.Create(30, true), new FacetCountingCollector(fields))),
            ("bounded + facets", s => MultiCollector.Wrap(new BoundedTopScoreCollector(30, null, s), new FacetCountingCollector(fields))),
        };
        var whole = new ArticleSearcher(index, analyzer);
        foreach (var text in texts)
        {
            var built = builder.Build(text);
            index.Use(searcher =>
            {
                var matches = new Counting(scores: false);
                searcher.Search(built, matches);
                var bounded = new BoundedTopScoreCollector(30, null, searcher);
                searcher.Search(built, bounded);
                Console.WriteLine($"{text}: {matches.Count:N0} matches ({bounded.Unscored:N0} not scored for the top 30); thread ms, best of 5: Lucene's disjunctions / as built");
                foreach (var (name, make) in pieces)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-16} {Best(searcher, LuceneDisjunctions.Of(built), make),7:F1} / {Best(searcher, built, make),7:F1}"));
                }
                return 0;
            });
            foreach (var page in new[] { 1, 2 })
            {
                var (wall, cpu) = WholeSearch(whole, new SearchRequest { Query = text, Page = page });
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  whole search, page {page}: {wall,7:F1} ms, {cpu,7:F1} processor ms (best of 5)"));
            }
        }
    }

    private static double Best(IndexSearcher searcher, Query query, Func<IndexSearcher, ICollector> make)
    {
        var best = double.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            var collector = make(searcher);
            var start = ThreadMs();
            searcher.Search(query, collector);
            best = Math.Min(best, ThreadMs() - start);
            (collector as IDisposable)?.Dispose();
        }
        return best;
    }

    /// <summary>A whole search (every pass on every core it is split over, snippets, stored fields): wall and process processor ms, best of 5.</summary>
    private static (double Wall, double Cpu) WholeSearch(ArticleSearcher searcher, SearchRequest request)
    {
        var (wall, cpu) = (double.MaxValue, double.MaxValue);
        for (var run = 0; run < 5; run++)
        {
            var (clock, start) = (System.Diagnostics.Stopwatch.StartNew(), ThreadMs(who: 0));
            searcher.Search(request);
            (wall, cpu) = (Math.Min(wall, clock.Elapsed.TotalMilliseconds), Math.Min(cpu, ThreadMs(who: 0) - start));
        }
        return (wall, cpu);
    }

    // Processor time of the calling thread (Linux getrusage, RUSAGE_THREAD = 1) or of the process (RUSAGE_SELF = 0).
    private static double ThreadMs(int who = 1)
    {
        _ = GetRusage(who, out var usage);
        return ((usage.UserSeconds + usage.SystemSeconds) * 1000.0) + ((usage.UserMicros + usage.SystemMicros) / 1000.0);
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, out RUsage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicros;
        public long SystemSeconds;
        public long SystemMicros;
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
        public long[] Rest;
    }

    private sealed class Counting(bool scores) : ICollector
    {
        private Scorer? scorer;

        public int Count { get; private set; }

        public float Sum { get; private set; }

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => this.scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc)
        {
            Count++;
            if (scores)
            {
                Sum += scorer!.GetScore();
            }
        }
    }
}
