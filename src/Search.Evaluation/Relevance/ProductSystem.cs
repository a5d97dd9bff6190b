using System.Diagnostics;
using Lucene.Net.Analysis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Evaluation.Relevance;

/// <summary>
/// The product itself: the index written by <see cref="ArticleIndexWriter"/> with the product analyzer
/// (stemmed and exact copies of every text field), searched through <see cref="ArticleSearcher"/> with
/// the forgiving query syntax, the bundled synonym table, the relaxation of queries no article fully
/// matches and the ranking signals, exactly as the API ranks.
/// </summary>
public sealed class ProductSystem : ISearchSystem
{
    private readonly string _path;
    private readonly Analyzer _analyzer;
    private readonly TextAnalysis _analysis;

    private ProductSystem(string path, TextAnalysis analysis, Analyzer analyzer, TimeSpan indexingTime)
    {
        _path = path;
        _analysis = analysis;
        _analyzer = analyzer;
        IndexingTime = indexingTime;
        Index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = path }), NullLogger<SearchIndex>.Instance);
        Searcher = new ArticleSearcher(Index, analyzer, SynonymTable.Load(AnalysisOptions.DefaultSynonymsPath));
    }

    public string Name => "ours: product query path (stemmed + exact fields, synonyms, ranking signals)";

    public TimeSpan IndexingTime { get; }

    public SearchIndex Index { get; }

    public ArticleSearcher Searcher { get; }

    /// <summary>The product analyzer the index was written with.</summary>
    public Analyzer Analyzer => _analyzer;

    public static ProductSystem Build(IReadOnlyList<Article> articles, string lexiconPath)
    {
        var clock = Stopwatch.StartNew();
        var analysis = new TextAnalysis(Options.Create(new AnalysisOptions { LexiconPath = lexiconPath }), NullLogger<TextAnalysis>.Instance);
        var analyzer = ArticleAnalyzer.Create(analysis);
        var path = Path.Combine(Path.GetTempPath(), "search-relevance-" + Guid.NewGuid().ToString("N"));
        using (var writer = new ArticleIndexWriter(path, analyzer, rebuild: true, ramBufferMb: 256))
        {
            foreach (var article in articles)
            {
                writer.Upsert(article);
            }

            writer.Commit();
        }

        return new ProductSystem(path, analysis, analyzer, clock.Elapsed);
    }

    /// <summary>The ranking of <see cref="ArticleSearcher.Search"/> (same matching, relaxation and scoring), without facets and snippets.</summary>
    public IReadOnlyList<string> TopTen(string query) => Searcher.TopIds(query, 10);

    public void Dispose()
    {
        Index.Dispose();
        _analyzer.Dispose();
        _analysis.Dispose();
        Directory.Delete(_path, recursive: true);
    }
}
