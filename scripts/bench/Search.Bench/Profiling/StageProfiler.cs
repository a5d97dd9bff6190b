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
/// and prints the total per stage over a query mix.
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
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var (kind, request) in mix)
            {
                var stage = new double[Stages.Length];
                index.Use(searcher => Replay(searcher, analyzer, builder, highlighter, request, stage));
                if (round == 0)
                {
                    continue; // warm-up
                }
                var sums = byKind.TryGetValue(kind, out var s) ? s : byKind[kind] = new double[Stages.Length];
                for (var i = 0; i < stage.Length; i++)
                {
                    totals[i] += stage[i];
                    sums[i] += stage[i];
                }
            }
        }
        var n = mix.Count * rounds;
        Console.WriteLine($"| query kind | {string.Join(" | ", Stages)} | total |");
        Console.WriteLine($"|---|{string.Concat(Stages.Select(_ => "---|"))}---|");
        foreach (var (kind, sums) in byKind.Append(new("**all**", totals)))
        {
            var count = kind == "**all**" ? n : mix.Count(m => m.Kind == kind) * rounds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {string.Join(" | ", sums.Select(v => (v / count).ToString("F3", CultureInfo.InvariantCulture)))} | {sums.SkipLast(1).Sum() / count:F3} |"));
        }
        Console.WriteLine("(mean ms per search in each stage; the total leaves out \"analysis only\", the bare analysis of the hits' bodies, shown for comparison)");
    }

    private static int Replay(IndexSearcher searcher, Analyzer analyzer, UserQueryBuilder builder, SnippetHighlighter highlighter, SearchRequest request, double[] stage)
    {
        var clock = Stopwatch.StartNew();
        var query = builder.Build(request.Query);
        var filters = SearchFilters.Of(request);
        stage[0] = Lap(clock);

        var top = TopScoreDocCollector.Create(request.Page * request.Size, true) as ITopDocsCollector;
        if (request.Sort != SearchSort.Relevance)
        {
            var sort = new Sort(new SortField(IndexSchema.PublishedSort, SortFieldType.INT64, request.Sort == SearchSort.Newest), new SortField(IndexSchema.Id, SortFieldType.STRING));
            top = TopFieldCollector.Create(sort, request.Page * request.Size, null, true, true, false, true);
        }
        var unfiltered = FacetDimensions.All.Where(d => !filters.ContainsKey(SearchFilters.OwnFilterOf(d.Name))).ToList();
        var counter = new FacetCountingCollector(unfiltered.Select(d => d.Field).ToList());
        searcher.Search(SearchFilters.Combine(query, filters), MultiCollector.Wrap(top, counter));
        foreach (var (_, field) in unfiltered)
        {
            counter.CountsOf(field);
        }
        stage[1] = Lap(clock);

        foreach (var group in FacetDimensions.All.Except(unfiltered).GroupBy(d => SearchFilters.OwnFilterOf(d.Name)))
        {
            var sideways = new FacetCountingCollector(group.Select(d => d.Field).ToList());
            searcher.Search(SearchFilters.Combine(query, filters, except: group.Key), sideways);
            foreach (var (_, field) in group)
            {
                sideways.CountsOf(field);
            }
        }
        stage[2] = Lap(clock);

        var docs = top.GetTopDocs((request.Page - 1) * request.Size, request.Size);
        var articles = docs.ScoreDocs.Select(hit => ArticleDocumentMapper.ToArticle(searcher.Doc(hit.Doc, ArticleDocumentMapper.HitFields))).ToList();
        stage[3] = Lap(clock);

        // As the searcher cuts them: from the offsets in the body's postings (the highlighter only where those fall short).
        var terms = HighlightTerms.Of(query, IndexSchema.Body);
        for (var i = 0; i < articles.Count; i++)
        {
            highlighter.Snippet(query, articles[i].Body, terms, searcher.IndexReader, docs.ScoreDocs[i].Doc);
        }
        stage[4] = Lap(clock);
        foreach (var article in articles)
        {
            using var ts = analyzer.GetTokenStream(IndexSchema.Body, article.Body);
            ts.Reset();
            while (ts.IncrementToken())
            {
            }
            ts.End();
        }
        stage[5] = Lap(clock);
        return articles.Count;
    }

    private static double Lap(Stopwatch clock)
    {
        var ms = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        return ms;
    }
}
