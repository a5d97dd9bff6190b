using Lucene.Net.Analysis;
using Search.Core.Analysis;

namespace Search.Evaluation.Corpus;

/// <summary>
/// Document and token frequencies of the lower-cased words of a corpus (title and body), as the
/// exact (unstemmed) analyzer sees them.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, (int Documents, long Tokens)> _counts;

    private Vocabulary(Dictionary<string, (int Documents, long Tokens)> counts) => _counts = counts;

    public int Count => _counts.Count;

    public IEnumerable<string> Words => _counts.Keys;

    public int DocumentFrequency(string word) => _counts.TryGetValue(word, out var c) ? c.Documents : 0;

    public long TokenFrequency(string word) => _counts.TryGetValue(word, out var c) ? c.Tokens : 0;

    public bool Contains(string word) => _counts.ContainsKey(word);

    public static Vocabulary Build(IReadOnlyList<CorpusArticle> articles)
    {
        var partials = new Dictionary<string, (int Documents, long Tokens)>[Environment.ProcessorCount];
        Parallel.For(0, partials.Length, part =>
        {
            using var analyzer = new ExactTextAnalyzer();
            var counts = new Dictionary<string, (int Documents, long Tokens)>(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = part; i < articles.Count; i += partials.Length)
            {
                seen.Clear();
                foreach (var word in Tokenize(analyzer, articles[i].Title).Concat(Tokenize(analyzer, articles[i].Body)))
                {
                    var (documents, tokens) = counts.GetValueOrDefault(word);
                    counts[word] = (seen.Add(word) ? documents + 1 : documents, tokens + 1);
                }
            }

            partials[part] = counts;
        });
        return new Vocabulary(Merge(partials));
    }

    /// <summary>The lower-cased tokens of a text, in order.</summary>
    public static IReadOnlyList<string> Tokenize(Analyzer exact, string text) => AnalyzedTerms.Of(exact, "text", text);

    private static Dictionary<string, (int Documents, long Tokens)> Merge(Dictionary<string, (int Documents, long Tokens)>[] partials)
    {
        var merged = new Dictionary<string, (int Documents, long Tokens)>(partials[0], StringComparer.Ordinal);
        foreach (var part in partials.Skip(1))
        {
            foreach (var (word, (documents, tokens)) in part)
            {
                var (d, t) = merged.GetValueOrDefault(word);
                merged[word] = (d + documents, t + tokens);
            }
        }

        return merged;
    }
}
