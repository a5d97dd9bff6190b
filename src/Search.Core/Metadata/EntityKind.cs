namespace Search.Core.Metadata;

/// <summary>The kinds of named entity the extractor reports.</summary>
public enum EntityKind
{
    Person,
    Organisation,
    Place,
}
