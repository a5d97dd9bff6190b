namespace Search.Core.Discovery;

/// <summary>
/// An unpublished article. Persons and topic may be given; more are found as indexing would find them
/// (see <see cref="RelatedArticleFinder.ForDraft"/>). Time closeness is measured from <see cref="Published"/>, or from now.
/// </summary>
public sealed record RelatedDraft
{
    public string Title { get; init; } = "";

    public required string Body { get; init; }

    public IReadOnlyList<string> Persons { get; init; } = [];

    public string? Topic { get; init; }

    public DateTimeOffset? Published { get; init; }
}
