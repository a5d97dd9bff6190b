using System.ComponentModel.DataAnnotations;

namespace Search.Api.Security;

/// <summary>
/// A token bucket per API key (or per client address without one) over <c>/api/*</c>. Bound from the
/// "RateLimiting" configuration section.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>False turns rate limiting off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests a client may make per second, sustained.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerSecond { get; set; } = 50;

    /// <summary>Requests a client may make at once after being idle.</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 100;
}
