using Search.Core.Articles;

namespace Search.Core.Metadata;

/// <summary>
/// Gives every article one canonical topic. The source's section label decides through the topic
/// map (data: <c>TopicMap.json</c>); a broad label ("News", "tajuk utama") may be narrowed to one of
/// the topics the map allows when the article's keywords clearly say so; a missing or unknown label
/// leaves the decision to the trained <see cref="TopicModel"/> when there is one (<see cref="WithModel"/>),
/// else to the keywords (<c>TopicKeywords.json</c>), and an article without any keyword is "nasional".
/// Immutable and safe to share between threads.
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
        return new TopicClassifier(map, scorer, null);
    });

    private readonly TopicMap map;

    private readonly TopicKeywordScorer scorer;

    private readonly TopicModel? model;

    private TopicClassifier(TopicMap map, TopicKeywordScorer scorer, TopicModel? model)
    {
        this.map = map;
        this.scorer = scorer;
        this.model = model;
    }

    /// <summary>The classifier built from the embedded topic map and keywords.</summary>
    public static TopicClassifier Default => Embedded.Value;

    /// <summary>The canonical topics, in display order.</summary>
    public IReadOnlyList<TopicDefinition> Topics => map.Topics;

    /// <summary>The trained model deciding unlabelled articles, or null when the keywords do.</summary>
    public TopicModel? Model => model;

    /// <summary>This classifier with a trained model for articles whose label is missing or unknown (null: the keywords decide them).</summary>
    public TopicClassifier WithModel(TopicModel? trained)
    {
        if (trained?.Topics.FirstOrDefault(t => map.Topics.All(d => d.Id != t)) is { } unknown)
        {
            throw new InvalidDataException($"The topic model knows a topic the topic map does not: '{unknown}'.");
        }

        return new TopicClassifier(map, scorer, trained);
    }

    public TopicAssignment Classify(Article article) =>
        Classify(article.Source, article.Category, article.Subcategory, article.Title, article.Body);

    /// <summary>
    /// The topic and how the article's words spread over all topics: the model's probabilities when there is
    /// a model, else each topic's share of the keywords found.
    /// </summary>
    public TopicAssignment Classify(string source, string? category, string? subcategory, string? title, string body)
    {
        var raw = scorer.Score(title, body);
        var rule = map.Lookup(source, category, subcategory);
        if (model is not null)
        {
            var probabilities = model.Classify(source, title, body);
            var scores = map.Topics.ToDictionary(t => t.Id, t => probabilities.GetValueOrDefault(t.Id), StringComparer.Ordinal);
            return rule is null ? new TopicAssignment(Best(probabilities), scores, TopicBasis.Model) : FromLabel(rule, raw, scores);
        }

        var total = raw.Values.Sum();
        var shares = map.Topics.ToDictionary(t => t.Id, t => total > 0 ? raw.GetValueOrDefault(t.Id) / total : 0.0, StringComparer.Ordinal);
        return rule is null ? new TopicAssignment(raw.Count == 0 ? DefaultTopic : Best(raw), shares, TopicBasis.Text) : FromLabel(rule, raw, shares);
    }

    /// <summary>
    /// The topic alone, as indexing needs it: the label decides without reading the text through the model,
    /// which runs only for articles whose label is missing or unknown.
    /// </summary>
    public string TopicOf(Article article)
    {
        var rule = map.Lookup(article.Source, article.Category, article.Subcategory);
        if (rule is not null)
        {
            // A label that allows no other topic decides alone: the words are read only when they may narrow it.
            return rule.Refine.Count == 0 ? rule.Topic : FromLabel(rule, scorer.Score(article.Title, article.Body), new Dictionary<string, double>()).Topic;
        }

        return Classify(article).Topic;
    }

    /// <summary>
    /// The topic a section label maps to, before the words may narrow a broad one: the training label of a
    /// topic model. Null for a missing or unknown label.
    /// </summary>
    public string? LabelTopic(string source, string? category, string? subcategory) => map.Lookup(source, category, subcategory)?.Topic;

    /// <summary>
    /// The topics the label allows: its own first, then those the map lets the words narrow it to
    /// (empty for a missing or unknown label).
    /// </summary>
    public IReadOnlyList<string> LabelAllows(string source, string? category, string? subcategory) =>
        map.Lookup(source, category, subcategory) is { } rule ? [rule.Topic, .. rule.Refine] : [];

    /// <summary>Whether the label is broad: mapped, but the map lets the article's words move it to other topics.</summary>
    public bool IsBroadLabel(string source, string? category, string? subcategory) => map.Lookup(source, category, subcategory) is { Refine.Count: > 0 };

    private static TopicAssignment FromLabel(TopicRule rule, Dictionary<string, double> raw, IReadOnlyDictionary<string, double> scores)
    {
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

    private static string Best(IReadOnlyDictionary<string, double> scores) =>
        scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;

    /// <summary>The topic the article's words alone point to, ignoring its label: what an unlabelled article would get.</summary>
    public string ClassifyText(string? title, string body) => Classify(string.Empty, null, null, title, body).Topic;
}
