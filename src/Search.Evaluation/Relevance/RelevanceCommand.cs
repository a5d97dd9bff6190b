using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis.Standard;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Articles;
using Search.Core.Ingestion;
using Search.Core.Suggest;
using Search.Evaluation.Corpus;
using Search.Evaluation.Morphology;
using Search.Evaluation.Reporting;
using IndonesianAnalyzer = Lucene.Net.Analysis.Id.IndonesianAnalyzer;

namespace Search.Evaluation.Relevance;

/// <summary>
/// <c>relevance</c>: known-item search with query types (a)–(d) against the product and the
/// baselines in one run, then did-you-mean accuracy, autocomplete latency and the bars of issue 4.
/// </summary>
public static class RelevanceCommand
{
    public static int Run(EvaluationSettings settings, RelevanceSettings sampling)
    {
        var clock = Stopwatch.StartNew();
        var articles = Load(settings.CorpusPath);
        var vocabulary = Vocabulary.Build(articles.Select(a => new CorpusArticle(a.Id, a.Title, a.Body)).ToList());
        var oracle = RootOracle.Build(settings.ReferenceRootsPath, vocabulary);
        var dictionary = oracle.Roots.Concat(oracle.Words).ToHashSet(StringComparer.Ordinal);
        var generator = new QueryGenerator(vocabulary, oracle, ReduplicatedForms.Build(articles.Select(a => a.Body)), new PersonNames(dictionary));
        var queries = generator.Generate(articles, sampling);
        Log(clock, $"{articles.Count} articles, {queries.Count} queries");

        var lexicon = RootLexicon.TryLoad(settings.LexiconPath, AnalysisOptions.DefaultExtraWordsPath)
            ?? throw new FileNotFoundException("hunspell-id dictionary not found", settings.LexiconPath);
        ProductSystem? product = null;
        var available = new (string Key, Func<ISearchSystem> Build)[]
        {
            (ProductKey, () => product = ProductSystem.Build(articles, settings.LexiconPath)),
            ("analyzer", () => LuceneBaseline.Build("ours: analyzer only (same OR query as the Lucene baselines)", new StemmedTextAnalyzer(new IndonesianStemmer(lexicon)), articles)),
            ("tala", () => LuceneBaseline.Build("Lucene IndonesianAnalyzer (Tala)", new IndonesianAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48), articles)),
            ("standard", () => LuceneBaseline.Build("Lucene StandardAnalyzer (no stemming)", new StandardAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48, IndonesianAnalyzer.DefaultStopSet), articles)),
            ("fts5", () => Fts5Baseline.Build(articles)),
        };
        var builders = available.Where(s => sampling.Systems is null || sampling.Systems.Contains(s.Key)).ToArray();
        var systems = new ISearchSystem[builders.Length];
        var results = new KnownItemResults[builders.Length];
        Parallel.For(0, builders.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            systems[i] = builders[i].Build();
            results[i] = KnownItemResults.Of(systems[i], queries);
            Log(clock, $"{systems[i].Name}: indexed in {systems[i].IndexingTime.TotalSeconds:0} s, searched in {results[i].SearchTime.TotalSeconds:0} s");
        });
        if (sampling.DumpPath is { } dump)
        {
            RelevanceDump.Write(dump, queries, builders.Select(b => b.Key).ToList(), results);
            Log(clock, $"per-query ranks written to {dump}");
        }

        Console.WriteLine(RelevanceReport.Describe(articles.Count, queries, sampling));
        Console.WriteLine(RelevanceReport.Table(systems, results));
        if (product is null)
        {
            Console.WriteLine("The product was not among --systems: no did-you-mean, autocomplete or bars.");
            Dispose(systems);
            return 0;
        }

        var misspellings = SpellingEvaluation.Generate(vocabulary, sampling.Misspellings, sampling.Seed);
        var spelling = SpellingEvaluation.Score(product!.Searcher, misspellings);
        var completion = AutocompleteBenchmark.Run(new Autocomplete(product.Index), articles, sampling.Completions, sampling.Seed);
        Log(clock, "did-you-mean and autocomplete done");

        Console.WriteLine(RelevanceReport.Spelling(spelling));
        Console.WriteLine(RelevanceReport.Completion(completion));
        var baselines = builders.Select((b, i) => BaselineKeys.Contains(b.Key) ? i : -1).Where(i => i >= 0).ToList();
        var passed = RelevanceReport.Bars(systems, results, baselines, spelling, Console.Out);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Total time {clock.Elapsed.TotalSeconds:0} s on {Environment.ProcessorCount} cores."));
        Dispose(systems);
        return passed ? 0 : 1;
    }

    /// <summary>Key of the product among <see cref="RelevanceSettings.Systems"/>; the others are <c>analyzer</c> and the baselines.</summary>
    public const string ProductKey = "product";

    /// <summary>The systems the product must be at least as good as.</summary>
    public static readonly IReadOnlyList<string> BaselineKeys = ["tala", "standard", "fts5"];

    private static void Dispose(IEnumerable<ISearchSystem> systems)
    {
        foreach (var system in systems)
        {
            system.Dispose();
        }
    }

    /// <summary>The corpus read through the product's own ingestion, accepted articles only, in file order.</summary>
    private static List<Article> Load(string corpusPath)
    {
        if (!Directory.Exists(corpusPath))
        {
            throw new DirectoryNotFoundException($"Corpus folder not found: {Path.GetFullPath(corpusPath)}");
        }

        var reader = new ArticleFileReader(Options.Create(new IngestionOptions()));
        return reader.Read([corpusPath]).Where(r => r.Article is not null).Select(r => r.Article!).ToList();
    }

    private static void Log(Stopwatch clock, string message) =>
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,4:0} s] {message}"));
}
