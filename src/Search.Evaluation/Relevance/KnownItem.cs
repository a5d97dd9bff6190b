namespace Search.Evaluation.Relevance;

/// <summary>A query and the one article it is meant to find.</summary>
public sealed record KnownItem(string TargetId, QueryType Type, string Query);
