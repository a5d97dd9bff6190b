namespace Search.Api.Contracts;

/// <summary>
/// What indexing would tag a text with: persons (canonical name, aliases seen, mentions), organisations,
/// places, the canonical topic and every topic's share of the text's topic words.
/// </summary>
public sealed record AnalyzeResponse(
    IReadOnlyList<EntityResponse> Persons,
    IReadOnlyList<EntityResponse> Orgs,
    IReadOnlyList<EntityResponse> Places,
    string Topic,
    IReadOnlyDictionary<string, double> TopicScores);
