namespace Search.Core.Discovery;

/// <summary>
/// A validated request for related articles. <see cref="Before"/> and <see cref="After"/> are Asia/Jakarta
/// calendar days, exclusive; <see cref="Topics"/> are OR-ed. Null tuning values take <see cref="RelatedOptions"/>.
/// </summary>
public sealed record RelatedRequest
{
    public int Size { get; init; } = 5;

    public DateOnly? Before { get; init; }

    public DateOnly? After { get; init; }

    public IReadOnlyList<string> Topics { get; init; } = [];

    public int? MinTermFreq { get; init; }

    public int? MinDocFreq { get; init; }

    public int? MaxQueryTerms { get; init; }
}
