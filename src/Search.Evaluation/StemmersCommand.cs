using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Evaluation.Corpus;
using Search.Evaluation.Morphology;
using Search.Evaluation.Reporting;
using Search.Evaluation.Retrieval;

namespace Search.Evaluation;

/// <summary>
/// <c>stemmers</c>: known-item retrieval over the corpus with each analysis set-up; prints MRR@10
/// and Recall@10 for the rare words as written (a) and for other affix forms of them (b).
/// </summary>
public static class StemmersCommand
{
    public static int Run(EvaluationSettings settings, SamplerSettings sampling)
    {
        var clock = Stopwatch.StartNew();
        var articles = NewsCorpus.Load(settings.CorpusPath);
        var vocabulary = Vocabulary.Build(articles);
        var oracle = RootOracle.Build(settings.ReferenceRootsPath, vocabulary);
        var queries = KnownItemSampler.Sample(articles, vocabulary, oracle, sampling);
        Console.Error.WriteLine($"{articles.Count} articles, {vocabulary.Count} words, {queries.Count} queries ({clock.Elapsed.TotalSeconds:0} s)");

        using var ours = new TextAnalysis(
            Options.Create(new AnalysisOptions { LexiconPath = settings.LexiconPath }), NullLogger<TextAnalysis>.Instance);
        var contestants = Contestants.Create(ours, settings.LexiconPath);
        var rows = new List<(string Name, string Shape, KnownItemScore AsWritten, KnownItemScore OtherForms, TimeSpan IndexingTime)>[contestants.Count];
        Parallel.For(0, contestants.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            using var index = ContestantIndex.Build(contestants[i], articles);
            rows[i] = contestants[i].Shapes
                .Select(shape => (contestants[i].Name, shape.Name, Score(index, queries, q => q.Words, shape), Score(index, queries, q => q.Variants, shape), index.IndexingTime))
                .ToList();
            Console.Error.WriteLine($"{contestants[i].Name}: done ({clock.Elapsed.TotalSeconds:0} s)");
        });

        var table = new MarkdownTable("analyzer", "query", "MRR@10 (a) as written", "Recall@10 (a)", "MRR@10 (b) other affix form", "Recall@10 (b)", "indexing time");
        foreach (var (name, shape, asWritten, otherForms, time) in rows.SelectMany(r => r).OrderBy(r => r.Shape == QueryShape.Best.Name ? 0 : 1))
        {
            table.Add(name, shape, asWritten.MeanReciprocalRank, asWritten.Recall, otherForms.MeanReciprocalRank, otherForms.Recall, time);
        }

        Console.WriteLine(Describe(articles.Count, queries, sampling, ours));
        Console.WriteLine(table);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Total time {clock.Elapsed.TotalSeconds:0} s on {Environment.ProcessorCount} cores (indexes built in parallel, each on one thread)."));
        foreach (var contestant in contestants)
        {
            contestant.Dispose();
        }

        return 0;
    }

    private static KnownItemScore Score(ContestantIndex index, IReadOnlyList<KnownItemQuery> queries, Func<KnownItemQuery, IReadOnlyList<string>> words, QueryShape shape)
    {
        var score = new KnownItemScore();
        foreach (var query in queries)
        {
            score.Add(KnownItemScore.RankOf(query.TargetId, index.TopTen(words(query), shape)));
        }

        return score;
    }

    private static string Describe(int articles, IReadOnlyList<KnownItemQuery> queries, SamplerSettings sampling, TextAnalysis ours)
    {
        var examples = string.Join("; ", queries.Take(3).Select(q => $"[{string.Join(' ', q.Words)}] → [{string.Join(' ', q.Variants)}]"));
        return string.Create(CultureInfo.InvariantCulture, $"""
            ## Stemmer evaluation: known-item search, BM25, {articles} articles, {queries.Count} queries (seed {sampling.Seed})

            Each query is {sampling.WordsPerQuery} words drawn at random from one article's body: alphabetic, at least
            {SamplerSettings.MinWordLength} letters, not stop words, in {SamplerSettings.MinDocumentFrequency}–{sampling.MaxDocumentFrequency} articles (rare). The words are OR-ed;
            the target is that article. (a) uses the words as written; (b) replaces each by another form of
            the same root found in the corpus (in at least {SamplerSettings.MinDocumentFrequency} articles).

            Same root (b) is decided by a reference independent of every stemmer compared: a word's root is
            the single root of kata-dasar.txt (evaluation-only, not hunspell-id) from which a forward generator
            of Indonesian affixation (meN-/peN- allomorphs, ber-, ter-, per-, di-, ke-…-an, se-, -kan, -i, -an,
            memper-/diper-, -nya) produces it; words produced from two roots are left out. Query words are
            chosen only among words with such a root, so names and loan words never appear in queries.
            Grouping by our stemmer's root (or Tala's) would grade a stemmer by its own answers.

            The baselines and "ours, stemmed field only" index title and body with one analyzer; "ours, stemmed
            + exact fields" indexes the product schema (stemmed and exact copies of title and body). Query shapes,
            all run on the same indexes: "best field per word" scores each word once, in its best-matching field
            and form (DisjunctionMaxQuery, tie-breaker 0); "fields added" sums every matching field and form
            (BooleanQuery SHOULD, as the classic query parser does); "IndexSchema boosts" adds them with the
            product's per-field boosts. Indexing time is one thread per index, several indexes in parallel.
            Our lexicon: {ours.Stemmer?.Lexicon.Count ?? 0} roots. Examples: {examples}
            """);
    }
}
