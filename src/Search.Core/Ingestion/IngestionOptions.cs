using System.ComponentModel.DataAnnotations;

namespace Search.Core.Ingestion;

/// <summary>How source files are read. Bound from the "Ingestion" configuration section.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    public const int DefaultMaxArticleBytes = 2 * 1024 * 1024;

    /// <summary>
    /// Largest article accepted, in bytes: one JSON line, or one whole .txt file.
    /// Anything bigger is rejected as <see cref="RejectionReason.TooLarge"/> without being parsed.
    /// </summary>
    [Range(1, int.MaxValue - 16)]
    public int MaxArticleBytes { get; set; } = DefaultMaxArticleBytes;

    /// <summary>
    /// Optional JSON file of extra site profiles, in the shape of the embedded <c>SiteProfiles.json</c>.
    /// A site with the name of a built-in one replaces it; new sites are tried before the built-in ones.
    /// </summary>
    public string? SiteProfilesPath { get; set; }
}
