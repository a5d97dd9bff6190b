namespace Search.Core.Ingestion;

/// <summary>The JSON shape of a site profiles file: a default profile and the sites.</summary>
internal sealed class SiteProfileDocument
{
    public SiteProfile? Default { get; init; }

    public IReadOnlyList<SiteProfile>? Sites { get; init; }
}
