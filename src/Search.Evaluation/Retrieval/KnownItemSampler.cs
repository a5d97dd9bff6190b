using Lucene.Net.Analysis.Id;
using Search.Core.Analysis;
using Search.Evaluation.Corpus;
using Search.Evaluation.Morphology;

namespace Search.Evaluation.Retrieval;

/// <summary>
/// Draws known-item queries: articles in seeded random order; from each body, rare alphabetic
/// words (see <see cref="SamplerSettings"/>) that have another affix form of the same reference
/// root (<see cref="RootOracle"/>) in the corpus; an article with too few such words is passed over.
/// </summary>
public static class KnownItemSampler
{
    public static IReadOnlyList<KnownItemQuery> Sample(
        IReadOnlyList<CorpusArticle> articles, Vocabulary vocabulary, RootOracle oracle, SamplerSettings settings)
    {
        var random = new Random(settings.Seed);
        var order = Enumerable.Range(0, articles.Count).ToArray();
        random.Shuffle(order);
        using var exact = new ExactTextAnalyzer();
        var queries = new List<KnownItemQuery>(settings.Sample);
        foreach (var index in order)
        {
            if (queries.Count == settings.Sample)
            {
                break;
            }

            var candidates = Vocabulary.Tokenize(exact, articles[index].Body)
                .Distinct(StringComparer.Ordinal)
                .Where(word => IsRare(word, vocabulary, settings) && Variants(word, vocabulary, oracle).Count > 0)
                .Order(StringComparer.Ordinal)
                .ToArray();
            if (candidates.Length < settings.WordsPerQuery)
            {
                continue;
            }

            random.Shuffle(candidates);
            var words = candidates[..settings.WordsPerQuery];
            var variants = words.Select(word => Pick(Variants(word, vocabulary, oracle), random)).ToArray();
            queries.Add(new KnownItemQuery(articles[index].Id, words, variants));
        }

        return queries;
    }

    private static bool IsRare(string word, Vocabulary vocabulary, SamplerSettings settings)
    {
        var df = vocabulary.DocumentFrequency(word);
        return word.Length >= SamplerSettings.MinWordLength
            && df >= SamplerSettings.MinDocumentFrequency
            && df <= settings.MaxDocumentFrequency
            && word.All(char.IsAsciiLetterLower)
            && !IndonesianAnalyzer.DefaultStopSet.Contains(word);
    }

    /// <summary>The other corpus forms of the word's reference root, in ordinal order.</summary>
    private static List<string> Variants(string word, Vocabulary vocabulary, RootOracle oracle) =>
        oracle.RootOf(word) is { } root
            ? oracle.FormsOf(root)
                .Where(form => form != word
                    && vocabulary.DocumentFrequency(form) >= SamplerSettings.MinDocumentFrequency
                    && !IndonesianAnalyzer.DefaultStopSet.Contains(form))
                .ToList()
            : [];

    private static string Pick(List<string> forms, Random random) => forms[random.Next(forms.Count)];
}
