using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Bench.Engines;
using Search.Core.Analysis;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Metadata;

namespace Search.Bench.Measuring;

/// <summary>
/// Indexing alone, ours, SQLite FTS5 and plain Lucene.Net (<see cref="PlainLuceneIndexing"/>: what the library
/// reaches doing FTS5's work) taking turns (A B C A B C ...) over the same JSONL, so noise from other processes
/// falls on all alike; prints each round (wall and process CPU seconds: on a busy machine the CPU
/// seconds are the steadier measure of the work), the best round of each and the ratio. Then where our
/// time goes: reading and parsing the file alone, and the bulk run's stages (indexing, regrouping, merging).
/// </summary>
public static class IndexingRun
{
    private const string MetadataName = "Search + metadata";

    /// <param name="metadataRoot">When given, a third engine also tags every article (persons, organisations,
    /// places, topic) as the indexer does, with the tagger and topic model found in this index root if any:
    /// what metadata extraction costs, measured in the same run.</param>
    /// <param name="indexerDll">When given, ours (and ours with metadata) is the indexer binary run as a new process each round (<see cref="IndexerProcess"/>).</param>
    public static void Run(string corpus, string work, int rounds, SearchOptions options, string? metadataRoot = null, string? indexerDll = null)
    {
        Directory.CreateDirectory(work);
        var ours = new LuceneEngine(Path.Combine(work, "index"), options: options, indexerDll: indexerDll);
        var fts = new SqliteFtsEngine(Path.Combine(work, "fts.db"));
        // The topic model reads text through the stemmed chain; the lexicon is loaded only when it is needed.
        using var analysis = metadataRoot is null || indexerDll is not null ? null : new TextAnalysis(Options.Create(new AnalysisOptions()), NullLogger<TextAnalysis>.Instance);
        var engines = new List<ISearchEngine> { ours, fts };
        if (metadataRoot is not null)
        {
            // With --indexer, the indexer binary extracts as users run it; else this process does what its metadata pass does.
            engines.Add(indexerDll is null
                ? new LuceneEngine(Path.Combine(work, "index-metadata"), MetadataName, options, records => LearnMetadata(records, metadataRoot, analysis!))
                : new LuceneEngine(Path.Combine(work, "index-metadata"), MetadataName, options, indexerDll: indexerDll, indexerMetadataRoot: metadataRoot));
        }
        var contestants = engines.Select(e => (e.Name, Index: (Func<string, IndexingFigures>)e.Index)).ToList();
        contestants.Add((PlainLuceneIndexing.Name, new PlainLuceneIndexing(Path.Combine(work, "plain"), options.RamBufferMb).Index));
        var best = new Dictionary<string, IndexingFigures>();
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var (name, index) in contestants)
            {
                // With --indexer ours runs as a child process: its processor time counts too.
                var cpu = Process.GetCurrentProcess().TotalProcessorTime + ChildProcessCpu.Total();
                var figures = index(corpus);
                cpu = Process.GetCurrentProcess().TotalProcessorTime + ChildProcessCpu.Total() - cpu;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}  {name,-20} {figures.Seconds,6:F2} s  {figures.DocsPerSecond,7:F0} articles/s  {figures.IndexBytes / 1048576.0,5:F0} MiB  CPU {cpu.TotalSeconds,6:F2} s"));
                if (!best.TryGetValue(name, out var b) || figures.Seconds < b.Seconds)
                {
                    best[name] = figures;
                }
            }
        }
        var ratio = best[ours.Name].DocsPerSecond / best[fts.Name].DocsPerSecond;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"best: ours {best[ours.Name].DocsPerSecond:F0} articles/s, FTS5 {best[fts.Name].DocsPerSecond:F0} articles/s → ours ÷ FTS5 = {ratio:F2}×"));
        var plain = best[PlainLuceneIndexing.Name].DocsPerSecond;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"plain Lucene.Net {plain:F0} articles/s → plain ÷ FTS5 = {plain / best[fts.Name].DocsPerSecond:F2}×, ours ÷ plain = {best[ours.Name].DocsPerSecond / plain:F2}×"));
        if (best.TryGetValue(MetadataName, out var tagged))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"with metadata: {tagged.DocsPerSecond:F0} articles/s → {1 - tagged.DocsPerSecond / best[ours.Name].DocsPerSecond:P0} fewer than without"));
        }
        Stages(corpus, Path.Combine(work, "stages"), options);
        ours.Dispose();
        fts.Dispose();
    }

    /// <summary>
    /// What the indexer's metadata pass does (<c>Search.Indexer/MetadataPass</c>): a gazetteer learned from every
    /// article, the root's person tagger and topic model when they were trained there, loaded while the gazetteer is learned.
    /// </summary>
    private static ArticleEnricher LearnMetadata(IEnumerable<IngestedRecord> records, string indexRoot, TextAnalysis analysis)
    {
        var tagger = Task.Run(() => EntityTaggerStore.Load(indexRoot));
        var topics = Task.Run(() => TopicClassifier.Default.WithModel(TopicModelStore.Load(indexRoot, analysis.Stemmed)));
        var gazetteer = new PersonGazetteerBuilder().ObserveAll(records.Select(r => r.Article).OfType<Article>()).Build();
        return new ArticleEnricher(new EntityExtractor(gazetteer, tagger.GetAwaiter().GetResult()), topics.GetAwaiter().GetResult());
    }

    private static void Stages(string corpus, string indexPath, SearchOptions options)
    {
        var clock = Stopwatch.StartNew();
        var count = new ArticleFileReader(Options.Create(new IngestionOptions())).Read([corpus]).Count(r => r.Article is not null);
        var read = clock.Elapsed.TotalSeconds;
        using var analyzer = ArticleAnalyzer.Create(new Search.Core.Analysis.AnalysisOptions(), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        var progress = new List<(string Stage, double Seconds)>();
        clock.Restart();
        using (var writer = new ArticleIndexWriter(indexPath, analyzer, rebuild: true, options.RamBufferMb))
        {
            var records = new ArticleFileReader(Options.Create(new IngestionOptions())).Read([corpus]);
            new ArticleIndexer(writer, options.CommitEvery, mergeTo: 0).Run(records, indexPath);
            progress.Add(("index + commit + regroup (no merge)", clock.Elapsed.TotalSeconds));
            clock.Restart();
            writer.MergeTo(Math.Max(1, options.MergeTo));
            writer.Commit();
            progress.Add(("merge to one segment + commit", clock.Elapsed.TotalSeconds));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stages (ours, {count:N0} articles):"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"read + parse the file alone",-40} {read,6:F2} s"));
        foreach (var (stage, seconds) in progress)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-40} {seconds,6:F2} s"));
        }
    }
}
