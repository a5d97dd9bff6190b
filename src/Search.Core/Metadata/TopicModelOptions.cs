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

    /// <summary>Adjacent analyzed terms also count as one feature ("liga inggris").</summary>
    public bool Bigrams { get; init; }

    /// <summary>A feature must occur in at least this many training articles.</summary>
    public int MinDocumentFrequency { get; init; } = 3;

    /// <summary>Naive Bayes: the Laplace pseudo-count of every feature in every topic.</summary>
    public double Smoothing { get; init; } = 0.1;

    /// <summary>Logistic regression: passes over the training articles.</summary>
    public int Epochs { get; init; } = 20;

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
    /// Logistic regression: the model keeps the training articles, and this many most similar ones from the article's
    /// own site vote on its topic beside the weights (<see cref="TopicNeighbours"/>; 0: no vote, a smaller model file).
    /// </summary>
    public int Neighbours { get; init; } = 5;

    /// <summary>With <see cref="Neighbours"/>: how much the votes weigh beside the model's probabilities.</summary>
    public double NeighbourWeight { get; init; } = 0.5;

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
