namespace Search.Core.Articles;

/// <summary>
/// One news article as the product understands it, whatever format it was read from.
/// </summary>
public sealed record Article
{
    /// <summary>Stable identifier; the index upserts by it.</summary>
    public required string Id { get; init; }

    public string? Url { get; init; }

    /// <summary>Publisher, e.g. "kompas.com" or "medcom.id".</summary>
    public required string Source { get; init; }

    public required string Title { get; init; }

    /// <summary>Article text, paragraphs separated by a blank line.</summary>
    public required string Body { get; init; }

    /// <summary>Photo caption, kept apart from the body.</summary>
    public string? Caption { get; init; }

    public string? Author { get; init; }

    /// <summary>Publication instant with the offset it was published in (WIB, WITA, WIT).</summary>
    public required DateTimeOffset Published { get; init; }

    /// <summary>Section label as the source gives it.</summary>
    public string? Category { get; init; }

    public string? Subcategory { get; init; }

    /// <summary>City of the dateline ("Stockholm: ...").</summary>
    public string? Dateline { get; init; }

    /// <summary>Editor code printed at the end, e.g. "FJR".</summary>
    public string? EditorCode { get; init; }

    public IReadOnlyList<string> Persons { get; init; } = [];

    /// <summary>Organisations named in the article (extracted at index time).</summary>
    public IReadOnlyList<string> Orgs { get; init; } = [];

    /// <summary>Places named in the article (extracted at index time).</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>Canonical topic from the taxonomy; null until classified, when the category stands in.</summary>
    public string? Topic { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Titles of "Baca juga" links removed from the body.</summary>
    public IReadOnlyList<string> RelatedTitles { get; init; } = [];
}
