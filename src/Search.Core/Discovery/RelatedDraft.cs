namespace Search.Core.Discovery;

/// <summary>
/// An unpublished article. Persons and topic may be given; otherwise they are found from the index
/// (persons it knows named in the text, the topic its closest articles share). Time closeness is
/// measured from <see cref="Published"/>, or from now.
/// </summary>
public sealed record RelatedDraft
{
    public string Title { get; init; } = "";

    public required string Body { get; init; }

    public IReadOnlyList<string> Persons { get; init; } = [];

    public string? Topic { get; init; }

    public DateTimeOffset? Published { get; init; }
}
