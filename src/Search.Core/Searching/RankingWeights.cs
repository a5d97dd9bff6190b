using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// How much a query word weighs in each text field, and how much the <see cref="RankingSignals"/> add.
/// The defaults are the values the relevance evaluation (<c>Search.Evaluation relevance</c>) settled on:
/// headline fields weigh little per word because a word in another article's headline otherwise outranks
/// the article that is about it (known-item MRR fell with every step up in headline weight), while
/// <see cref="TitleProximity"/> still puts an article whose headline holds all the words first; exact
/// and stemmed text weigh the same, which kept both the as-written (b) and other-forms (c) queries high.
/// Text proximity was lowered once field lengths became exact (<see cref="Indexing.ExactLengthBm25Similarity"/>),
/// tuned on the evaluation's seed 7 and reported on seed 42: an article's salient words are seldom close
/// together in it. Lowering title proximity too helped person + topic queries (d) but let words scattered
/// through a text outrank a headline holding them all, so it stays.
/// </summary>
public sealed record RankingWeights
{
    public static RankingWeights Default { get; } = new();

    /// <summary>Headline words as written.</summary>
    public float TitleExact { get; init; } = 0.1f;

    /// <summary>Headline roots.</summary>
    public float Title { get; init; } = 0.1f;

    /// <summary>Text words as written.</summary>
    public float BodyExact { get; init; } = 1f;

    /// <summary>Text roots.</summary>
    public float Body { get; init; } = 1f;

    /// <summary>Photo caption roots.</summary>
    public float Caption { get; init; } = 0.5f;

    /// <summary>When set, a word scores its best field plus this share of the others (dis-max) instead of the sum.</summary>
    public float? FieldTieBreaker { get; init; }

    /// <summary>All plain query words near each other in the headline.</summary>
    public float TitleProximity { get; init; } = 2f;

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
