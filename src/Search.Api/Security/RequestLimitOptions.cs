using System.ComponentModel.DataAnnotations;

namespace Search.Api.Security;

/// <summary>How big and how long a request may be. Bound from the "Limits" configuration section.</summary>
public sealed class RequestLimitOptions
{
    public const string Section = "Limits";

    /// <summary>Largest body of <c>POST /api/admin/articles</c>, in bytes; larger gets 413.</summary>
    [Range(1, int.MaxValue)]
    public int MaxIngestBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Seconds a request may run before it is answered 503 (a search already inside Lucene finishes first; the limits on q keep that short).</summary>
    [Range(1, 3600)]
    public int RequestTimeoutSeconds { get; set; } = 10;
}
