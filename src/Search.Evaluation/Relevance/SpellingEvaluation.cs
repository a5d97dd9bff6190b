using Lucene.Net.Analysis.Id;
using Search.Core.Searching;
using Search.Evaluation.Corpus;

namespace Search.Evaluation.Relevance;

/// <summary>
/// Did-you-mean accuracy: frequent corpus words (in at least 50 articles, 5+ letters, not stop words)
/// each get one random typing error — a letter dropped, added, replaced or swapped with its neighbour —
/// that is not itself a corpus word (at most 2 articles use it, as a stray typo would be). The misspelling
/// is searched through the product; the suggestion must be the original word.
/// </summary>
public static class SpellingEvaluation
{
    public const int MinDocumentFrequency = 50;
    public const int MaxMisspellingFrequency = 2;
    private const int MinLength = 5;
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    public sealed record Outcome(int Cases, int Correct, int Wrong, int None, double Accuracy, IReadOnlyList<string> Examples);

    public static IReadOnlyList<(string Misspelling, string Word)> Generate(Vocabulary vocabulary, int count, int seed)
    {
        var random = new Random(seed);
        var frequent = vocabulary.Words
            .Where(w => w.Length >= MinLength && w.All(char.IsAsciiLetterLower) && vocabulary.DocumentFrequency(w) >= MinDocumentFrequency
                && !IndonesianAnalyzer.DefaultStopSet.Contains(w))
            .Order(StringComparer.Ordinal)
            .ToArray();
        random.Shuffle(frequent);
        var cases = new List<(string, string)>(count);
        foreach (var word in frequent)
        {
            if (cases.Count == count)
            {
                break;
            }

            var misspelling = Misspell(word, random);
            if (misspelling != word && vocabulary.DocumentFrequency(misspelling) <= MaxMisspellingFrequency)
            {
                cases.Add((misspelling, word));
            }
        }

        return cases;
    }

    public static Outcome Score(ArticleSearcher searcher, IReadOnlyList<(string Misspelling, string Word)> cases)
    {
        int correct = 0, wrong = 0, none = 0;
        var examples = new List<string>();
        foreach (var (misspelling, word) in cases)
        {
            var suggestion = searcher.Search(new SearchRequest { Query = misspelling, Size = 10, FacetSize = 1 }).Suggestion;
            if (suggestion == word)
            {
                correct++;
            }
            else if (suggestion is null)
            {
                none++;
            }
            else
            {
                wrong++;
            }

            if (examples.Count < 12)
            {
                examples.Add($"{misspelling} → {suggestion ?? "(none)"}{(suggestion == word ? "" : $" (wanted {word})")}");
            }
        }

        return new Outcome(cases.Count, correct, wrong, none, cases.Count == 0 ? 0 : (double)correct / cases.Count, examples);
    }

    private static string Misspell(string word, Random random)
    {
        var at = random.Next(word.Length);
        return random.Next(4) switch
        {
            0 => word.Remove(at, 1),
            1 => word.Insert(at, Letters[random.Next(Letters.Length)].ToString()),
            2 => word[..at] + Letters[random.Next(Letters.Length)] + word[(at + 1)..],
            _ => at + 1 < word.Length ? word[..at] + word[at + 1] + word[at] + word[(at + 2)..] : word[..^2] + word[^1] + word[^2],
        };
    }
}
