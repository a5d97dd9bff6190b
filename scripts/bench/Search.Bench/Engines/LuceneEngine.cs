using System.Diagnostics;
using Lucene.Net.Analysis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Bench.Queries;
using Search.Core.Analysis;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Searching;

namespace Search.Bench.Engines;

/// <summary>Our engine, in process: the indexer's own writer and the API's own searcher.</summary>
/// <param name="learnMetadata">When given, indexing first learns a tagger from the records (as the indexer's metadata pass does) and tags every article with it.</param>
/// <param name="indexerDll">When given, indexing runs this indexer binary as a new process (<see cref="IndexerProcess"/>) instead of the writer in this process.</param>
/// <param name="indexerMetadataRoot">With <paramref name="indexerDll"/>: the indexer extracts metadata with the models trained in this index root.</param>
public sealed class LuceneEngine(
    string indexPath, string? name = null, SearchOptions? options = null, Func<IEnumerable<IngestedRecord>, ArticleEnricher>? learnMetadata = null,
    string? indexerDll = null, string? indexerMetadataRoot = null) : ISearchEngine
{
    private readonly Analyzer analyzer = ArticleAnalyzer.Create(new AnalysisOptions(), NullLoggerFactory.Instance);
    private SearchIndex? index;
    private ArticleSearcher? searcher;

    public string Name => name ?? "Search (Lucene.Net)";

    public string Work => "top 10 + snippet, total, counts for topic, person, source, month, year (multi-select)";

    public string IndexPath => indexPath;

    public IndexingFigures Index(string corpusPath)
    {
        if (indexerDll is not null)
        {
            return IndexerProcess.Index(indexerDll, corpusPath, indexPath, indexerMetadataRoot);
        }
        var clock = Stopwatch.StartNew();
        var records = new ArticleFileReader(Options.Create(new IngestionOptions())).Read([corpusPath]);
        IndexingSummary summary;
        var settings = options ?? new SearchOptions();
        var enricher = learnMetadata?.Invoke(new ArticleFileReader(Options.Create(new IngestionOptions())).Read([corpusPath]));
        using (var writer = new ArticleIndexWriter(indexPath, analyzer, rebuild: true, settings.RamBufferMb) { Enrich = enricher is null ? null : enricher.Enrich })
        {
            summary = new ArticleIndexer(writer, settings.CommitEvery, mergeTo: settings.MergeTo).Run(records, indexPath);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return new IndexingFigures(summary.DocumentCount, seconds, new FileInfo(corpusPath).Length, DirectoryBytes(indexPath));
    }

    public EngineAnswer Search(BenchQuery query)
    {
        var first = searcher is null;
        if (searcher is null)
        {
            var resident = options?.ResidentFiles ?? "";
            index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = indexPath, ResidentFiles = resident }), NullLogger<SearchIndex>.Instance);
            searcher = new ArticleSearcher(index, analyzer);
        }
        var result = searcher.Search(query.ToSearchRequest());
        if (first)
        {
            // As a server that has been up a while: the chosen files are in memory before anything is timed.
            var clock = Stopwatch.StartNew();
            index!.KeptResident.Wait();
            Console.WriteLine($"{Name}: resident files ready {clock.ElapsedMilliseconds} ms after the first answer");
        }
        return new EngineAnswer(result.Total, result.Hits.Count, result.Hits.Sum(h => h.Snippet.Length), result.Facets.Values.Sum(f => f.Count));
    }

    public void Dispose()
    {
        index?.Dispose();
        analyzer.Dispose();
    }

    public static long DirectoryBytes(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
