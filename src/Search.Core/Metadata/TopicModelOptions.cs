namespace Search.Core.Metadata;

/// <summary>
/// How a <see cref="TopicModel"/> reads articles and learns; the reading settings travel with the model file.
/// The defaults won the 5-fold cross-validation on the shared corpus (<c>Search.MetadataEval topics --compare</c>).
/// </summary>
public sealed record TopicModelOptions
{
    public TopicAlgorithm Algorithm { get; init; } = TopicAlgorithm.LogisticRegression;

    /// <summary>Each headline term counts this many times a body term.</summary>
    public float TitleWeight { get; init; } = 3;

    /// <summary>Each term of the body's lead paragraph counts this many times more than another body term.</summary>
    public float LeadWeight { get; init; } = 2;

    /// <summary>Each headline term also counts once as a feature of its own, apart from the same word in the body.</summary>
    public bool TitleTerms { get; init; }

    /// <summary>Adjacent analyzed terms also count as one feature ("liga inggris").</summary>
    public bool Bigrams { get; init; }

    /// <summary>A feature must occur in at least this many training articles.</summary>
    public int MinDocumentFrequency { get; init; } = 3;

    /// <summary>Naive Bayes: the Laplace pseudo-count of every feature in every topic.</summary>
    public double Smoothing { get; init; } = 0.1;

    /// <summary>Logistic regression: passes over the training articles.</summary>
    public int Epochs { get; init; } = 20;

    /// <summary>Logistic regression: the model is the mean of the weights at the end of each of this many last epochs (0: the last epoch's).</summary>
    public int AverageEpochs { get; init; }

    /// <summary>Logistic regression: the L2 penalty per article.</summary>
    public double L2 { get; init; } = 1e-6;

    /// <summary>Logistic regression: the first step size (it decays as 1 / (1 + <see cref="RateDecay"/> × epoch)).</summary>
    public double LearningRate { get; init; } = 2;

    /// <summary>Logistic regression: how fast the step size decays from one epoch to the next.</summary>
    public double RateDecay { get; init; } = 1;

    /// <summary>
    /// Logistic regression: each article's loss is weighted (articles / (topics × the topic's articles)) to this
    /// power: 0 leaves the corpus as it is, 1 makes every topic weigh the same.
    /// </summary>
    public double TopicBalance { get; init; } = 0.3;

    /// <summary>
    /// Logistic regression: how much a feature's tf-idf is scaled down by how evenly the training articles it occurs in
    /// spread over the topics (<see cref="TopicFeatureWeights"/>): 0 leaves tf-idf as it is, 1 lets a feature spread evenly count nothing.
    /// </summary>
    public double SupervisedWeight { get; init; }

    /// <summary>Logistic regression: naive Bayes weights learned on the same vectors (<see cref="Smoothing"/>) are added to the regression's, times this (0: none).</summary>
    public double NaiveBayesMix { get; init; }

    /// <summary>The article's source host ("kompas.com") is a feature too: a prior per site, not a word.</summary>
    public bool SourceFeature { get; init; } = true;

    /// <summary>
    /// With <see cref="SourceFeature"/>: each term also counts once more as "host|term", so that the model can
    /// learn how one site files its words ("kompas.com|surabaya") apart from how all sites do.
    /// </summary>
    public bool SourceTerms { get; init; } = true;

    /// <summary>The seed of the shuffle of training articles, so that training is repeatable.</summary>
    public int Seed { get; init; } = 17;
}
