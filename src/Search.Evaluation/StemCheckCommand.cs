using System.Diagnostics;
using System.Globalization;
using Search.Core.Analysis;
using Search.Evaluation.Corpus;
using Search.Evaluation.Morphology;
using Search.Evaluation.Reporting;
using TalaStemmer = Lucene.Net.Analysis.Id.IndonesianStemmer;

namespace Search.Evaluation;

/// <summary>
/// <c>stemcheck</c>: how often each stemmer reduces an affixed corpus word to a root of
/// kata-dasar.txt (and to the reference root), how often it leaves rootless words (names, loan
/// words) alone, and how fast ours is.
/// </summary>
public static class StemCheckCommand
{
    public static int Run(EvaluationSettings settings)
    {
        var articles = NewsCorpus.Load(settings.CorpusPath);
        var vocabulary = Vocabulary.Build(articles);
        var oracle = RootOracle.Build(settings.ReferenceRootsPath, vocabulary);
        var lexicon = RootLexicon.TryLoad(settings.LexiconPath, AnalysisOptions.DefaultExtraWordsPath)
            ?? throw new FileNotFoundException("hunspell-id dictionary not found", settings.LexiconPath);

        var words = vocabulary.Words.Where(w => w.Length >= 4 && w.All(char.IsAsciiLetterLower)).Order(StringComparer.Ordinal).ToList();
        var affixed = words.Where(w => oracle.RootOf(w) is { } root && root != w).ToList();
        var rootless = words.Where(w => oracle.RootOf(w) is null && !oracle.Roots.Contains(w)
            && vocabulary.DocumentFrequency(w) >= 2 && !lexicon.Contains(w)).ToList();

        var ours = new IndonesianStemmer(lexicon);
        var clock = Stopwatch.StartNew();
        var ourStems = words.ToDictionary(w => w, ours.Stem, StringComparer.Ordinal);
        var uncached = words.Count / clock.Elapsed.TotalSeconds;
        var cached = CachedThroughput(ours, articles);
        var tala = new TalaStemmer();
        var talaStems = words.ToDictionary(w => w, w => TalaStem(tala, w), StringComparer.Ordinal);

        var table = new MarkdownTable("stemmer", "affixed words → kata-dasar root (types)", "(tokens)", "→ the reference root (types)", "(tokens)", "rootless words kept (types)");
        foreach (var (name, stems) in new[] { ("ours", ourStems), ("Tala (Lucene IndonesianStemmer)", talaStems) })
        {
            table.Add(
                name,
                Share(affixed, w => oracle.Roots.Contains(stems[w]), _ => 1),
                Share(affixed, w => oracle.Roots.Contains(stems[w]), vocabulary.TokenFrequency),
                Share(affixed, w => stems[w] == oracle.RootOf(w), _ => 1),
                Share(affixed, w => stems[w] == oracle.RootOf(w), vocabulary.TokenFrequency),
                Share(rootless, w => stems[w] == w, _ => 1));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            ## Stem check: {words.Count} corpus words ({affixed.Count} affixed, {rootless.Count} rootless)

            Affixed: produced from exactly one kata-dasar.txt root by the forward affixation generator (the
            reference root). Rootless: in at least 2 articles, neither a root nor produced from one (names,
            loan words, abbreviations), where the right answer is the word itself. kata-dasar.txt is used
            for evaluation only; our stemmer uses hunspell-id ({lexicon.Count} roots).

            """));
        Console.WriteLine(table);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Our stemmer, one thread: {uncached:N0} distinct words/s uncached; {cached:N0} tokens/s cached, over the running text of the corpus."));
        return 0;
    }

    /// <summary>Stems per second over real running text (Zipfian, like indexing) once every term is cached.</summary>
    private static double CachedThroughput(IndonesianStemmer stemmer, IReadOnlyList<CorpusArticle> articles)
    {
        using var exact = new ExactTextAnalyzer();
        var tokens = articles.Take(2_000).SelectMany(a => Vocabulary.Tokenize(exact, a.Body)).ToArray();
        foreach (var token in tokens)
        {
            stemmer.Stem(token);
        }

        var clock = Stopwatch.StartNew();
        var rounds = 0;
        do
        {
            foreach (var token in tokens)
            {
                stemmer.Stem(token.AsSpan());
            }

            rounds++;
        }
        while (clock.Elapsed < TimeSpan.FromSeconds(2));
        return (double)tokens.Length * rounds / clock.Elapsed.TotalSeconds;
    }

    private static string TalaStem(TalaStemmer stemmer, string word)
    {
        var buffer = word.ToCharArray();
        return new string(buffer, 0, stemmer.Stem(buffer, buffer.Length, stemDerivational: true));
    }

    private static double Share(IReadOnlyList<string> words, Func<string, bool> isRight, Func<string, long> weight)
    {
        double right = 0, total = 0;
        foreach (var word in words)
        {
            var w = weight(word);
            total += w;
            right += isRight(word) ? w : 0;
        }

        return total == 0 ? 0 : right / total;
    }
}
