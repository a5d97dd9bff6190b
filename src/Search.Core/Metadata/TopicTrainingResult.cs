namespace Search.Core.Metadata;

/// <summary>What <see cref="TopicTraining"/> learned from and the model, null when no article had a known label.</summary>
/// <param name="Model">The trained model.</param>
/// <param name="Articles">Articles read.</param>
/// <param name="Labelled">Articles whose label the topic map knows: the training examples.</param>
/// <param name="PerTopic">Training examples per topic.</param>
public sealed record TopicTrainingResult(TopicModel? Model, int Articles, int Labelled, IReadOnlyDictionary<string, int> PerTopic);
