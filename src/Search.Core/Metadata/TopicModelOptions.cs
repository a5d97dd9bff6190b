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

    /// <summary>Logistic regression: the first step size (it decays as 1 / (1 + epoch)).</summary>
    public double LearningRate { get; init; } = 2;

    /// <summary>The seed of the shuffle of training articles, so that training is repeatable.</summary>
    public int Seed { get; init; } = 17;
}
