namespace Search.Core.Discovery;

/// <summary>
/// How near-duplicates are grouped after indexing. Bound from the "Duplicates" configuration section.
/// The threshold applies when groups are computed, so changing it needs no rebuild, only an indexing run.
/// </summary>
public sealed class DuplicateOptions
{
    public const string Section = "Duplicates";

    /// <summary>
    /// Estimated Jaccard similarity of 4-word shingles from which two bodies are copies of one story.
    /// Below about 0.45 the LSH bands (20 × 3) start to miss pairs.
    /// </summary>
    public double Threshold { get; set; } = 0.5;
}
