namespace Search.Core.Metadata;

/// <summary>A person, organisation or place named in an article.</summary>
/// <param name="Name">The canonical name: the facet value ("Sergei Lavrov", "NATO").</param>
/// <param name="Aliases">Other ways the article (or the alias table) names it ("Lavrov", "Sergey Lavrov").</param>
/// <param name="Mentions">How many times the article names it, in title, caption and body together.</param>
public sealed record ExtractedEntity(string Name, IReadOnlyList<string> Aliases, int Mentions);
