namespace Search.Core.Metadata;

/// <summary>The persons, organisations and places of one article, most mentioned first.</summary>
public sealed record ArticleEntities(
    IReadOnlyList<ExtractedEntity> Persons,
    IReadOnlyList<ExtractedEntity> Orgs,
    IReadOnlyList<ExtractedEntity> Places)
{
    public static ArticleEntities None { get; } = new([], [], []);
}
