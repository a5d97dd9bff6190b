namespace Search.Core.Metadata;

/// <summary>What one section label means: its topic, and the topics its articles' words may move it to.</summary>
internal sealed record TopicRule(string Topic, IReadOnlyList<string> Refine);
