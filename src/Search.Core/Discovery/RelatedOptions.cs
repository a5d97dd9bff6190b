namespace Search.Core.Discovery;

/// <summary>
/// How related articles are found and ranked. Bound from the "Related" configuration section; the
/// MoreLikeThis settings can be overridden per request under the same names as Elasticsearch's
/// <c>more_like_this</c> query, whose defaults they take.
/// </summary>
public sealed class RelatedOptions
{
    public const string Section = "Related";

    /// <summary>A body word must occur this often in the source to be a query term.</summary>
    public int MinTermFreq { get; set; } = 2;

    /// <summary>A word must occur in at least this many articles to be a query term (title words: at most 2).</summary>
    public int MinDocFreq { get; set; } = 5;

    /// <summary>
    /// A word in more than this share of the articles (but at least 50 of them) is too common to be a query
    /// term: it says little about the story and its postings are the bulk of the query's cost.
    /// </summary>
    public int MaxDocFreqPercent { get; set; } = 10;

    /// <summary>The most distinctive words kept from the body, and from the title, as query terms.</summary>
    public int MaxQueryTerms { get; set; } = 25;

    /// <summary>Share of the title's, or of the body's, query terms an article must contain to be a candidate (Elasticsearch <c>minimum_should_match</c>, rounded down).</summary>
    public int MinimumShouldMatchPercent { get; set; } = 30;

    /// <summary>When above 0, each query term is boosted by its tf-idf relative to the best term, times this (Elasticsearch <c>boost_terms</c>).</summary>
    public float BoostTerms { get; set; } = 1;

    /// <summary>Shorter words are never query terms.</summary>
    public int MinWordLength { get; set; } = 3;

    /// <summary>Weight of title words against body words in the text query.</summary>
    public float TitleBoost { get; set; } = 2f;

    /// <summary>Best text matches rescored with the other signals (articles sharing a person add up to half as many).</summary>
    public int CandidatePool { get; set; } = 100;

    /// <summary>Added in full when a candidate shares every person (and organisation) of the source, in proportion otherwise.</summary>
    public double PersonWeight { get; set; } = 0.5;

    /// <summary>Added when a candidate has the source's topic.</summary>
    public double TopicWeight { get; set; } = 0.5;

    /// <summary>Added in full for a candidate published at the same moment as the source, halving every <see cref="TimeHalfLifeDays"/>.</summary>
    public double TimeWeight { get; set; } = 0.15;

    /// <summary>Days of distance in time that halve the time bonus.</summary>
    public double TimeHalfLifeDays { get; set; } = 14;

    /// <summary>Top text matches of a draft whose topics vote for the draft's topic when it has none.</summary>
    public int TopicVoters { get; set; } = 10;
}
