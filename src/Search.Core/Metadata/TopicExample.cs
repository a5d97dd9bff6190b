namespace Search.Core.Metadata;

/// <summary>One training article: its features (from <see cref="TopicFeatureExtractor"/>), its topic and, when known, when it was published.</summary>
public sealed record TopicExample(IReadOnlyDictionary<string, float> Features, string Topic, DateTimeOffset? Published = null);
