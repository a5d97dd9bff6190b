using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Bench.Profiling;

/// <summary>
/// Where a search spends its time: replays <see cref="ArticleSearcher"/>'s stages one by one with the
/// public Core types (query build, main pass with facets, sideways passes, stored fields, snippets, and the bare
/// analysis of the snippet bodies for comparison)
/// and prints the mean time and the mean bytes allocated per stage over a query mix; then the bytes one whole
/// <see cref="ArticleSearcher.Search"/> allocates per query kind (what the API's garbage collector has to reclaim).
/// </summary>
public static class StageProfiler
{
    private static readonly string[] Stages = ["build query", "main pass + facets", "sideways passes", "load stored", "snippets", "analysis only"];

    public static void Run(SearchIndex index, Analyzer analyzer, IReadOnlyList<(string Kind, SearchRequest Request)> mix, int rounds)
    {
        var builder = new UserQueryBuilder(analyzer);
        var highlighter = new SnippetHighlighter(analyzer);
        var totals = new double[Stages.Length];
        var byKind = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var allocTotals = new double[Stages.Length];
        var allocByKind = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var (kind, request) in mix)
            {
                var stage = new double[Stages.Length];
                var alloc = new double[Stages.Length];
                index.Use(searcher => Replay(searcher, analyzer, builder, highlighter, request, stage, alloc));
                if (round == 0)
                {
                    continue; // warm-up
                }
                Add(byKind, totals, kind, stage);
                Add(allocByKind, allocTotals, kind, alloc);
            }
        }
        Print(mix, rounds, byKind, totals, "F3", 1);
        Console.WriteLine("(mean ms per search in each stage; the total leaves out \"analysis only\", the bare analysis of the hits' bodies, shown for comparison)");
        Print(mix, rounds, allocByKind, allocTotals, "F1", 1024);
        Console.WriteLine("(mean KB allocated per search in each stage, this thread)");
        WholeSearch(index, analyzer, mix, rounds);
    }

    /// <summary>KB that <see cref="ArticleSearcher.Search"/> itself allocates per search, by query kind.</summary>
    private static void WholeSearch(SearchIndex index, Analyzer analyzer, IReadOnlyList<(string Kind, SearchRequest Request)> mix, int rounds)
    {
        var searcher = new ArticleSearcher(index, analyzer);
        var byKind = new Dictionary<string, (double Bytes, int Count)>(StringComparer.Ordinal);
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var (kind, request) in mix)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                searcher.Search(request);
                var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
                if (round > 0)
                {
                    var (sum, count) = byKind.GetValueOrDefault(kind);
                    byKind[kind] = (sum + bytes, count + 1);
                }
            }
        }
        Console.WriteLine("| query kind | KB per ArticleSearcher.Search |\n|---|---|");
        foreach (var (kind, (bytes, count)) in byKind.Append(new("**all**", (byKind.Values.Sum(v => v.Bytes), byKind.Values.Sum(v => v.Count)))))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {bytes / count / 1024:F1} |"));
        }
    }

    private static void Add(Dictionary<string, double[]> byKind, double[] totals, string kind, double[] stage)
    {
        var sums = byKind.TryGetValue(kind, out var s) ? s : byKind[kind] = new double[Stages.Length];
        for (var i = 0; i < stage.Length; i++)
        {
            totals[i] += stage[i];
            sums[i] += stage[i];
        }
    }

    private static void Print(IReadOnlyList<(string Kind, SearchRequest Request)> mix, int rounds, Dictionary<string, double[]> byKind, double[] totals, string format, double unit)
    {
        var n = mix.Count * rounds;
        Console.WriteLine($"| query kind | {string.Join(" | ", Stages)} | total |");
        Console.WriteLine($"|---|{string.Concat(Stages.Select(_ => "---|"))}---|");
        foreach (var (kind, raw) in byKind.Append(new("**all**", totals)))
        {
            var sums = raw.Select(v => v / unit).ToArray();
            var count = kind == "**all**" ? n : mix.Count(m => m.Kind == kind) * rounds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {string.Join(" | ", sums.Select(v => (v / count).ToString(format, CultureInfo.InvariantCulture)))} | {(sums.SkipLast(1).Sum() / count).ToString(format, CultureInfo.InvariantCulture)} |"));
        }
    }

    private static int Replay(IndexSearcher searcher, Analyzer analyzer, UserQueryBuilder builder, SnippetHighlighter highlighter, SearchRequest request, double[] stage, double[] alloc)
    {
        var clock = new Lapper(alloc);
        var query = builder.Build(request.Query);
        var filters = SearchFilters.Of(request);
        stage[0] = clock.Lap(0);

        var top = TopScoreDocCollector.Create(request.Page * request.Size, true) as ITopDocsCollector;
        if (request.Sort != SearchSort.Relevance)
        {
            var sort = new Sort(new SortField(IndexSchema.PublishedSort, SortFieldType.INT64, request.Sort == SearchSort.Newest), new SortField(IndexSchema.Id, SortFieldType.STRING));
            top = TopFieldCollector.Create(sort, request.Page * request.Size, null, true, true, false, true);
        }
        var unfiltered = FacetDimensions.All.Where(d => !filters.ContainsKey(SearchFilters.OwnFilterOf(d.Name))).ToList();
        using var counter = new FacetCountingCollector(unfiltered.Select(d => d.Field).ToList());
        searcher.Search(SearchFilters.Combine(query, filters), MultiCollector.Wrap(top, counter));
        foreach (var (_, field) in unfiltered)
        {
            counter.CountsOf(field).Top(request.FacetSize);
        }
        stage[1] = clock.Lap(1);

        foreach (var group in FacetDimensions.All.Except(unfiltered).GroupBy(d => SearchFilters.OwnFilterOf(d.Name)))
        {
            using var sideways = new FacetCountingCollector(group.Select(d => d.Field).ToList());
            searcher.Search(SearchFilters.Combine(query, filters, except: group.Key), sideways);
            foreach (var (_, field) in group)
            {
                sideways.CountsOf(field).Top(request.FacetSize);
            }
        }
        stage[2] = clock.Lap(2);

        var docs = top.GetTopDocs((request.Page - 1) * request.Size, request.Size);
        var articles = docs.ScoreDocs.Select(hit => ArticleDocumentMapper.ToArticle(searcher.Doc(hit.Doc, ArticleDocumentMapper.HitFields))).ToList();
        stage[3] = clock.Lap(3);

        // As the searcher cuts them: from the offsets in the body's postings (the highlighter only where those fall short).
        var terms = HighlightTerms.Of(query, IndexSchema.Body);
        for (var i = 0; i < articles.Count; i++)
        {
            highlighter.Snippet(query, articles[i].Body, terms, searcher.IndexReader, docs.ScoreDocs[i].Doc);
        }
        stage[4] = clock.Lap(4);
        foreach (var article in articles)
        {
            using var ts = analyzer.GetTokenStream(IndexSchema.Body, article.Body);
            ts.Reset();
            while (ts.IncrementToken())
            {
            }
            ts.End();
        }
        stage[5] = clock.Lap(5);
        return articles.Count;
    }

    /// <summary>Time and this thread's allocated bytes since the last lap.</summary>
    private sealed class Lapper(double[] alloc)
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private long allocated = GC.GetAllocatedBytesForCurrentThread();

        public double Lap(int stage)
        {
            var ms = clock.Elapsed.TotalMilliseconds;
            var now = GC.GetAllocatedBytesForCurrentThread();
            alloc[stage] = now - allocated;
            allocated = now;
            clock.Restart();
            return ms;
        }
    }
}
