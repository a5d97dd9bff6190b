using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// How much a query word weighs in each text field, and how much the <see cref="RankingSignals"/> add.
/// The defaults are the values the relevance evaluation (<c>Search.Evaluation relevance</c>) settled on,
/// tuned on its seed 7 and reported on seed 42: headline fields weigh little per word because a word in
/// another article's headline otherwise outranks the article that is about it (known-item MRR fell with
/// every step up in headline weight), while the headline proximity signals still put an article whose
/// headline holds all the words first. Of those, the headline as written (<see cref="TitleExactProximity"/>)
/// weighs more than its roots (<see cref="TitleProximity"/>): a headline with other forms of the words
/// ("Habibie dimakamkan" for "pemakaman habibie") is a weaker match than one with the words typed. Text
/// words as written weigh more than their roots for the same reason (salient-word queries (b) up, other-forms
/// queries (c) down by less: 0.958 → 0.962 and 0.907 → 0.897 on seed 7). Text proximity stays low: an
/// article's salient words are seldom close together in it.
/// </summary>
public sealed record RankingWeights
{
    public static RankingWeights Default { get; } = new();

    /// <summary>Headline words as written.</summary>
    public float TitleExact { get; init; } = 0.1f;

    /// <summary>Headline roots.</summary>
    public float Title { get; init; } = 0.1f;

    /// <summary>Text words as written.</summary>
    public float BodyExact { get; init; } = 1.3f;

    /// <summary>Text roots.</summary>
    public float Body { get; init; } = 0.8f;

    /// <summary>Photo caption roots.</summary>
    public float Caption { get; init; } = 0.5f;

    /// <summary>When set, a word scores its best field plus this share of the others (dis-max) instead of the sum.</summary>
    public float? FieldTieBreaker { get; init; }

    /// <summary>
    /// A word found in both copies of one text (the headline as written and its roots; the text as written
    /// and its roots) scores the better copy plus this share of the other (dis-max), so one occurrence does
    /// not count twice in full; headline and text still add up. Null adds the copies up. Ignored when
    /// <see cref="FieldTieBreaker"/> is set.
    /// </summary>
    public float? CopyTieBreaker { get; init; } = 0.5f;

    /// <summary>
    /// A word with synonyms ("jateng" | "jawa tengah") scores its best-matching form plus this share of the
    /// others (dis-max), so an article that writes both forms does not count the word twice; null adds them up.
    /// </summary>
    public float? SynonymTieBreaker { get; init; } = 0f;

    /// <summary>All plain query words near each other in the headline's roots.</summary>
    public float TitleProximity { get; init; } = 1f;

    /// <summary>All plain query words near each other in the headline as written (on top of <see cref="TitleProximity"/>).</summary>
    public float TitleExactProximity { get; init; } = 1f;

    /// <summary>All plain query words near each other in the text.</summary>
    public float BodyProximity { get; init; } = 0.2f;

    /// <summary>A query word (twice for two adjacent words) that is part of an indexed person name.</summary>
    public float Person { get; init; } = 1.5f;

    /// <summary>Positions the words may move in a headline and still count as together.</summary>
    public int TitleSlop { get; init; } = 3;

    /// <summary>Positions the words may move in the text and still count as near each other.</summary>
    public int BodySlop { get; init; } = 8;

    /// <summary>The weight of a field of <see cref="IndexSchema.FullTextFields"/>.</summary>
    public float BoostOf(string field) => field switch
    {
        IndexSchema.TitleExact => TitleExact,
        IndexSchema.Title => Title,
        IndexSchema.BodyExact => BodyExact,
        IndexSchema.Body => Body,
        IndexSchema.Caption => Caption,
        _ => 1f,
    };
}
