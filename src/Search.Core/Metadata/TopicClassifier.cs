using Search.Core.Articles;

namespace Search.Core.Metadata;

/// <summary>
/// Gives every article one canonical topic. The source's section label decides through the topic
/// map (data: <c>TopicMap.json</c>); a broad label ("News", "tajuk utama") may be narrowed to one of
/// the topics the map allows when the article's keywords clearly say so; a missing or unknown label
/// leaves the decision to the keywords (<c>TopicKeywords.json</c>), and an article without any
/// keyword is "nasional". Immutable and safe to share between threads.
/// </summary>
public sealed class TopicClassifier
{
    /// <summary>The topic of an article that names no topic at all.</summary>
    public const string DefaultTopic = "nasional";

    /// <summary>A refining topic needs at least this raw keyword score ...</summary>
    private const double MinRefineScore = 4.0;

    /// <summary>... and this many times the score of the label's own topic.</summary>
    private const double RefineMargin = 2.0;

    private static readonly Lazy<TopicClassifier> Embedded = new(() =>
    {
        var map = TopicMap.Parse(MetadataLexicon.ReadResource("TopicMap"));
        var scorer = TopicKeywordScorer.Parse(MetadataLexicon.ReadResource("TopicKeywords"), map.Topics.Select(t => t.Id));
        return new TopicClassifier(map, scorer);
    });

    private readonly TopicMap map;

    private readonly TopicKeywordScorer scorer;

    private TopicClassifier(TopicMap map, TopicKeywordScorer scorer)
    {
        this.map = map;
        this.scorer = scorer;
    }

    /// <summary>The classifier built from the embedded topic map and keywords.</summary>
    public static TopicClassifier Default => Embedded.Value;

    /// <summary>The canonical topics, in display order.</summary>
    public IReadOnlyList<TopicDefinition> Topics => map.Topics;

    public TopicAssignment Classify(Article article) =>
        Classify(article.Source, article.Category, article.Subcategory, article.Title, article.Body);

    public TopicAssignment Classify(string source, string? category, string? subcategory, string? title, string body)
    {
        var raw = scorer.Score(title, body);
        var total = raw.Values.Sum();
        var scores = map.Topics.ToDictionary(t => t.Id, t => total > 0 ? raw.GetValueOrDefault(t.Id) / total : 0.0, StringComparer.Ordinal);
        var rule = map.Lookup(source, category, subcategory);
        if (rule is null)
        {
            var best = raw.Count == 0 ? DefaultTopic : raw.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
            return new TopicAssignment(best, scores, TopicBasis.Text);
        }

        var refined = rule.Refine
            .Where(t => raw.GetValueOrDefault(t) >= MinRefineScore && raw.GetValueOrDefault(t) >= RefineMargin * raw.GetValueOrDefault(rule.Topic))
            .OrderByDescending(t => raw.GetValueOrDefault(t))
            .FirstOrDefault();
        return refined is null
            ? new TopicAssignment(rule.Topic, scores, TopicBasis.Label)
            : new TopicAssignment(refined, scores, TopicBasis.RefinedLabel);
    }

    /// <summary>Whether the topic map lists this source's label (and sub-section) itself, not through the generic table.</summary>
    public bool IsMapped(string source, string category, string? subcategory) => map.ListsLabel(source, category, subcategory);

    /// <summary>The topic the article's words alone point to, ignoring its label: what an unlabelled article would get.</summary>
    public string ClassifyText(string? title, string body) => Classify(string.Empty, null, null, title, body).Topic;
}
