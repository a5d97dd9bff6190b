using Lucene.Net.Analysis.Id;
using Search.Core.Analysis;
using Search.Core.Articles;
using Search.Evaluation.Corpus;
using Search.Evaluation.Morphology;

namespace Search.Evaluation.Relevance;

/// <summary>
/// Draws target articles in seeded random order and writes one query of each type for each:
/// (a) the headline as typed (punctuation dropped); (b) 3–5 of the body's most salient words
/// (tf·idf) among words with another form of the same root in the corpus; (c) each of those words
/// replaced by another form of its root that the target article does not use (another affixation,
/// or the reduplicated root); (d) a person named at least twice in the text and a topic word (a
/// salient word found in at least 20 articles). Only articles whose headline and text are unique in
/// the corpus are targets, so exactly one article is right. Roots come from the evaluation-only
/// <see cref="RootOracle"/>, never from a stemmer under test.
/// </summary>
public sealed class QueryGenerator(Vocabulary vocabulary, RootOracle oracle, ReduplicatedForms reduplications, PersonNames names)
{
    private const int TopicMinDocumentFrequency = 20;
    private const int ReduplicationOdds = 3;

    private readonly ExactTextAnalyzer _exact = new();
    private double _articleCount = 1;

    public IReadOnlyList<KnownItem> Generate(IReadOnlyList<Article> articles, RelevanceSettings settings)
    {
        var random = new Random(settings.Seed);
        _articleCount = Math.Max(1, articles.Count);
        var unique = UniqueArticles(articles);
        var order = Enumerable.Range(0, articles.Count).ToArray();
        random.Shuffle(order);
        var queries = new List<KnownItem>(settings.Articles * 4);
        foreach (var index in order)
        {
            if (queries.Count == settings.Articles * 4)
            {
                break;
            }

            var article = articles[index];
            if (unique.Contains(article.Id) && For(article, random) is { } four)
            {
                queries.AddRange(four);
            }
        }

        return queries;
    }

    private KnownItem[]? For(Article article, Random random)
    {
        var title = TitleQuery(article.Title);
        if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2)
        {
            return null;
        }

        var tokens = Vocabulary.Tokenize(_exact, article.Body);
        var salient = Salient(tokens);
        var text = (article.Title + "\n" + article.Body).ToLowerInvariant();
        var present = Vocabulary.Tokenize(_exact, article.Title).Concat(tokens).ToHashSet(StringComparer.Ordinal);
        var count = random.Next(RelevanceSettings.MinWords, RelevanceSettings.MaxWords + 1);
        var words = salient.Take(count).ToList();
        var forms = words.Select(w => Variants(w, present, text) is { Count: > 0 } variants ? Pick(variants, random) : w).ToList();
        if (words.Count < count || forms.Where((form, i) => form != words[i]).Count() < RelevanceSettings.MinReplaced)
        {
            return null;
        }

        var person = names.In(article.Body).Where(n => n.Count >= 2 && PersonKnown(n.Name)).Select(n => n.Name).FirstOrDefault();
        var nameWords = person?.ToLowerInvariant().Split(' ') ?? [];
        var topic = salient.FirstOrDefault(w => vocabulary.DocumentFrequency(w) >= TopicMinDocumentFrequency && !nameWords.Contains(w));
        if (person is null || topic is null)
        {
            return null;
        }

        return
        [
            new(article.Id, QueryType.Title, title),
            new(article.Id, QueryType.Salient, string.Join(' ', words)),
            new(article.Id, QueryType.OtherForms, string.Join(' ', forms)),
            new(article.Id, QueryType.PersonTopic, person + " " + topic),
        ];
    }

    /// <summary>Body words by tf·idf, best first: alphabetic, not stop words, in at least two articles.</summary>
    private List<string> Salient(IReadOnlyList<string> tokens)
    {
        return tokens
            .Where(w => w.Length >= RelevanceSettings.MinWordLength && w.All(char.IsAsciiLetterLower) && !IndonesianAnalyzer.DefaultStopSet.Contains(w)
                && vocabulary.DocumentFrequency(w) >= RelevanceSettings.MinDocumentFrequency)
            .CountBy(w => w)
            .Select(pair => (Word: pair.Key, Weight: pair.Value * Math.Log(_articleCount / vocabulary.DocumentFrequency(pair.Key))))
            .OrderByDescending(w => w.Weight)
            .ThenBy(w => w.Word, StringComparer.Ordinal)
            .Select(w => w.Word)
            .ToList();
    }

    /// <summary>Other corpus forms of the word's root that the article does not use; the reduplicated root may be one.</summary>
    private List<string> Variants(string word, HashSet<string> present, string text)
    {
        if (oracle.RootOf(word) is not { } root)
        {
            return [];
        }

        var variants = oracle.FormsOf(root)
            .Where(f => f != word && !present.Contains(f) && vocabulary.DocumentFrequency(f) >= RelevanceSettings.MinDocumentFrequency
                && !IndonesianAnalyzer.DefaultStopSet.Contains(f))
            .ToList();
        if (reduplications.DocumentFrequency(root) >= RelevanceSettings.MinDocumentFrequency && !ReduplicatedForms.Uses(text, root))
        {
            // Reduplication is listed once per ReduplicationOdds - 1 affix forms so it is drawn often enough to matter.
            var copies = Math.Max(1, variants.Count / (ReduplicationOdds - 1));
            variants.AddRange(Enumerable.Repeat(root + "-" + root, copies));
        }

        return variants;
    }

    private bool PersonKnown(string name) =>
        name.ToLowerInvariant().Split(' ').All(w => vocabulary.DocumentFrequency(w) >= RelevanceSettings.MinDocumentFrequency);

    private static string Pick(List<string> forms, Random random) => forms[random.Next(forms.Count)];

    /// <summary>The headline as a person types it: words only, no quotes or operators.</summary>
    public static string TitleQuery(string title)
    {
        var chars = title.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w is "OR" or "AND" ? w.ToLowerInvariant() : w));
    }

    private static HashSet<string> UniqueArticles(IReadOnlyList<Article> articles)
    {
        var titles = articles.CountBy(a => TitleQuery(a.Title).ToLowerInvariant()).ToDictionary();
        var bodies = articles.CountBy(a => a.Body.Trim()).ToDictionary();
        return articles.Where(a => titles[TitleQuery(a.Title).ToLowerInvariant()] == 1 && bodies[a.Body.Trim()] == 1)
            .Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
    }
}
