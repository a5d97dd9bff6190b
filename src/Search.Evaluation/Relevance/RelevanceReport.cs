using System.Globalization;
using Search.Evaluation.Reporting;

namespace Search.Evaluation.Relevance;

/// <summary>The Markdown report of the relevance evaluation and the check of its bars.</summary>
public static class RelevanceReport
{
    /// <summary>MRR@10 the product must reach on (b) salient words and (c) other forms.</summary>
    public const double SalientBar = 0.95, OtherFormsBar = 0.85, SpellingBar = 0.8;

    private static readonly string[] Labels = ["(a) title", "(b) salient words", "(c) other forms", "(d) person + topic"];

    public static string Describe(int articles, IReadOnlyList<KnownItem> queries, RelevanceSettings sampling)
    {
        var examples = queries.Take(4).Select(q => $"{Labels[(int)q.Type]}: `{q.Query}`");
        var reduplicated = queries.Count(q => q.Type == QueryType.OtherForms && q.Query.Contains('-', StringComparison.Ordinal));
        return string.Create(CultureInfo.InvariantCulture, $"""
            ## Known-item search: {articles} articles, {queries.Count / 4} targets × 4 query types (seed {sampling.Seed})

            Targets are drawn at random among articles whose headline and text are unique in the corpus. Per
            target: (a) its headline; (b) its {RelevanceSettings.MinWords}–{RelevanceSettings.MaxWords} most salient body words (tf·idf; 5+ letters, in ≥ {RelevanceSettings.MinDocumentFrequency} articles);
            (c) the same words, each with another form of its root in the corpus replaced by a form the
            article does not use — another affixation, or the reduplicated root ({reduplicated} of the (c)
            queries use one) — at least {RelevanceSettings.MinReplaced} replaced, names kept; (d) a name written twice in the text plus a topic word.
            Roots come from kata-dasar.txt and a forward affix generator (evaluation only), never from a
            stemmer under test. Baselines OR the analysed words over headline and text (BM25).
            Examples: {string.Join("; ", examples)}

            """);
    }

    public static string Table(IReadOnlyList<ISearchSystem> systems, IReadOnlyList<KnownItemResults> results)
    {
        var table = new MarkdownTable(["system", .. Labels.SelectMany(l => new[] { $"MRR@10 {l}", "R@10" }), "index time"]);
        for (var i = 0; i < systems.Count; i++)
        {
            var row = new List<object> { systems[i].Name };
            foreach (var type in Enum.GetValues<QueryType>())
            {
                row.Add(results[i][type].MeanReciprocalRank);
                row.Add(results[i][type].Recall);
            }

            row.Add(systems[i].IndexingTime);
            table.Add([.. row]);
        }

        return table.ToString();
    }

    public static string Spelling(SpellingEvaluation.Outcome outcome) => string.Create(CultureInfo.InvariantCulture, $"""
        ## Did you mean: {outcome.Cases} generated misspellings of frequent words

        One random typing error (drop, add, replace, swap) in a word of 5+ letters used by ≥ {SpellingEvaluation.MinDocumentFrequency} articles,
        the result used by ≤ {SpellingEvaluation.MaxMisspellingFrequency} articles; searched through the product, the suggestion must be the word.

        | cases | correct | wrong | no suggestion | accuracy |
        |---|---|---|---|---|
        | {outcome.Cases} | {outcome.Correct} | {outcome.Wrong} | {outcome.None} | {outcome.Accuracy:0.000} |

        Examples: {string.Join("; ", outcome.Examples)}

        """);

    public static string Completion(AutocompleteBenchmark.Outcome outcome) => string.Create(CultureInfo.InvariantCulture, $"""
        ## Autocomplete: {outcome.Calls} typed prefixes, in process, one thread

        | catalog build | p50 | p99 | max |
        |---|---|---|---|
        | {outcome.Build.TotalMilliseconds:0} ms | {outcome.P50.TotalMilliseconds:0.000} ms | {outcome.P99.TotalMilliseconds:0.000} ms | {outcome.Max.TotalMilliseconds:0.000} ms |

        {string.Join("\n", outcome.Examples.Select(e => "- " + e))}

        """);

    /// <summary>Prints every bar with PASS or FAIL; true when all hold.</summary>
    /// <remarks>The product is the first system; <paramref name="baselines"/> are the indexes of the baselines it must match.</remarks>
    public static bool Bars(IReadOnlyList<ISearchSystem> systems, IReadOnlyList<KnownItemResults> results, IReadOnlyList<int> baselines, SpellingEvaluation.Outcome spelling, TextWriter output)
    {
        var ok = true;
        void Check(bool holds, string bar)
        {
            ok &= holds;
            output.WriteLine($"- {(holds ? "PASS" : "FAIL")}: {bar}");
        }

        output.WriteLine("## Bars");
        var product = results[0];
        foreach (var type in baselines.Count == 0 ? [] : Enum.GetValues<QueryType>())
        {
            var best = baselines.MaxBy(i => results[i][type].MeanReciprocalRank);
            Check(product[type].MeanReciprocalRank >= results[best][type].MeanReciprocalRank,
                string.Create(CultureInfo.InvariantCulture, $"{Labels[(int)type]}: ours {product[type].MeanReciprocalRank:0.000} ≥ best baseline {results[best][type].MeanReciprocalRank:0.000} ({systems[best].Name})"));
        }

        Check(product[QueryType.Salient].MeanReciprocalRank >= SalientBar, string.Create(CultureInfo.InvariantCulture, $"(b) MRR@10 {product[QueryType.Salient].MeanReciprocalRank:0.000} ≥ {SalientBar}"));
        Check(product[QueryType.OtherForms].MeanReciprocalRank >= OtherFormsBar, string.Create(CultureInfo.InvariantCulture, $"(c) MRR@10 {product[QueryType.OtherForms].MeanReciprocalRank:0.000} ≥ {OtherFormsBar}"));
        Check(spelling.Accuracy >= SpellingBar && spelling.Cases >= 300, string.Create(CultureInfo.InvariantCulture, $"did-you-mean accuracy {spelling.Accuracy:0.000} ≥ {SpellingBar} on {spelling.Cases} ≥ 300 misspellings"));
        output.WriteLine();
        return ok;
    }
}
