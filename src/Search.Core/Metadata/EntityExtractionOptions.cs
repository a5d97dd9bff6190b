namespace Search.Core.Metadata;

/// <summary>
/// Settings of entity extraction, bound from the <c>Metadata:Entities</c> configuration section.
/// </summary>
public sealed class EntityExtractionOptions
{
    public const string SectionName = "Metadata:Entities";

    /// <summary>
    /// Short forms the press uses for a person, by canonical name:
    /// <c>{ "Joko Widodo": ["Jokowi"], "Susilo Bambang Yudhoyono": ["SBY"] }</c>.
    /// </summary>
    public Dictionary<string, string[]> PersonAliases { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How many cued mentions across the corpus make a multi-word name a known person.</summary>
    public int MinCuedMentions { get; set; } = 2;

    /// <summary>How many cued mentions make a one-word name ("Wiranto") a known person.</summary>
    public int MinCuedMentionsSingleWord { get; set; } = 4;
}
