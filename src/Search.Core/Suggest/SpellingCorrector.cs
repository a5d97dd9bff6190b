using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using Search.Core.Analysis;
using Search.Core.Indexing;

namespace Search.Core.Suggest;

/// <summary>
/// "Did you mean": corrects the words of a query from the index's own term dictionary (the exact,
/// unstemmed title and body words). A word is replaced when a term within two edits (one for short
/// words) is far more common; candidates (never stop words) are ranked by <c>ln(document frequency) −
/// <see cref="EditCost"/> × edits</c>, a noisy channel in which each typing error is about a hundred times
/// less likely than none, and the corrected whole query must find more articles than the original
/// (the collation check).
/// </summary>
public sealed partial class SpellingCorrector(double editCost = SpellingCorrector.EditCost)
{
    /// <summary>Queries with fewer hits than this get a suggestion.</summary>
    public const int FewHits = 5;

    /// <summary>How much one edit costs against the log document frequency (ln 100).</summary>
    public const double EditCost = 4.6;

    /// <summary>A replacement must be this many times more common than the word typed.</summary>
    public const int MinFrequencyRatio = 10;

    /// <summary>A word used by this many articles is taken to be spelled as meant.</summary>
    public const int KnownWordFrequency = 20;

    private const int MinWordLength = 3;
    private const int LongWordLength = 5;
    private const int CandidatesPerWord = 3;
    private const int MaxCollations = 8;

    private static readonly string[] DictionaryFields = [IndexSchema.BodyExact, IndexSchema.TitleExact];

    /// <summary>
    /// The query with its likely misspellings corrected, or null when no correction finds more articles.
    /// </summary>
    /// <param name="reader">The index whose term dictionary is the vocabulary.</param>
    /// <param name="query">What was typed.</param>
    /// <param name="countHits">Articles a whole query text finds (with the request's filters).</param>
    public string? Suggest(IndexReader reader, string query, Func<string, int> countHits)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(countHits);
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var words = CorrectableWords(query)
            .Select(match => (Match: match, Candidates: Candidates(reader, match.Value.ToLowerInvariant())))
            .Where(word => word.Candidates.Count > 0)
            .ToList();
        if (words.Count == 0)
        {
            return null;
        }

        // Each word may also keep its spelling (the last choice), as long as some word changes.
        var original = countHits(query);
        var collations = Collations(words.Select(w => w.Candidates.Count + 1).ToArray())
            .Where(choice => choice.Select((c, i) => c < words[i].Candidates.Count).Any(changed => changed));
        foreach (var choice in collations.Take(MaxCollations))
        {
            var corrected = Replace(query, words
                .Select((w, i) => (w.Match, Candidate: choice[i] < w.Candidates.Count ? w.Candidates[choice[i]] : null))
                .Where(c => c.Candidate is not null)
                .Select(c => (c.Match, c.Candidate!))
                .ToList());
            if (countHits(corrected) > original)
            {
                return corrected;
            }
        }

        return null;
    }

    /// <summary>Better-scored terms for a word, best first; empty when the word looks right.</summary>
    public IReadOnlyList<string> Candidates(IndexReader reader, string word)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinWordLength)
        {
            return [];
        }

        var typed = DocumentFrequency(reader, word);
        if (typed >= KnownWordFrequency)
        {
            return [];
        }

        // One Levenshtein automaton for the word, run against each field's term dictionary.
        var maxEdits = word.Length >= LongWordLength ? 2 : 1;
        var within = new CompiledAutomaton(new LevenshteinAutomata(word, true).ToAutomaton(maxEdits), true, false);
        var scored = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var field in DictionaryFields)
        {
            if (MultiFields.GetTerms(reader, field) is not { } terms)
            {
                continue;
            }

            var near = within.GetTermsEnum(terms);
            while (near.MoveNext())
            {
                var candidate = near.Term.Utf8ToString();
                if (candidate == word || scored.ContainsKey(candidate) || !candidate.All(char.IsLetter)
                    || IndonesianStopWords.Default.Contains(candidate))
                {
                    continue;
                }

                var frequency = DocumentFrequency(reader, candidate);
                if (frequency >= Math.Max(2, (long)typed * MinFrequencyRatio))
                {
                    scored[candidate] = Math.Log(frequency) - (editCost * EditDistance.Between(word, candidate));
                }
            }
        }

        return scored.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(CandidatesPerWord).Select(pair => pair.Key).ToList();
    }

    private static int DocumentFrequency(IndexReader reader, string word) =>
        DictionaryFields.Max(field => reader.DocFreq(new Term(field, word)));

    /// <summary>Words that may be corrected: not operators, field names, topic/source values or exclusions.</summary>
    private static IEnumerable<Match> CorrectableWords(string query)
    {
        foreach (Match match in Word().Matches(query))
        {
            var before = query[..match.Index];
            var after = query[(match.Index + match.Length)..];
            if (match.Value is "OR" or "AND" || after.StartsWith(':') || ExcludedOrFacetValue().IsMatch(before))
            {
                continue;
            }

            yield return match;
        }
    }

    /// <summary>Candidate index choices per word, best first (by the sum of ranks).</summary>
    private static IEnumerable<int[]> Collations(int[] counts)
    {
        var all = new List<int[]> { new int[counts.Length] };
        for (var i = 0; i < counts.Length; i++)
        {
            all = all.SelectMany(prefix => Enumerable.Range(0, counts[i]).Select(c =>
            {
                var next = (int[])prefix.Clone();
                next[i] = c;
                return next;
            })).Take(64).ToList();
        }

        return all.OrderBy(choice => choice.Sum());
    }

    private static string Replace(string query, List<(Match Match, string Candidate)> corrections)
    {
        var text = new StringBuilder(query);
        foreach (var (match, candidate) in corrections.OrderByDescending(c => c.Match.Index))
        {
            var replacement = char.IsUpper(match.Value[0]) ? char.ToUpperInvariant(candidate[0]) + candidate[1..] : candidate;
            text.Remove(match.Index, match.Length).Insert(match.Index, replacement);
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?:(?:^|\s)-\p{L}*|(?:topic|source):(?:""[^""]*)?\p{L}*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ExcludedOrFacetValue();
}
