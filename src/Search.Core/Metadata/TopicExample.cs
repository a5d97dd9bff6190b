namespace Search.Core.Metadata;

/// <summary>One training article: its features (from <see cref="TopicFeatureExtractor"/>) and its topic.</summary>
public sealed record TopicExample(IReadOnlyDictionary<string, float> Features, string Topic);
