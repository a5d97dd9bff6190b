using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Search.Core.Ingestion;

/// <summary>
/// Stable article ids, so re-reading the same article upserts instead of duplicating it:
/// the id the source gives; else "u-" and a hash of the normalised URL; else "c-" and a hash
/// of source, title and publication instant.
/// </summary>
public static class ArticleIdentity
{
    private const int HashHexLength = 16;

    public static string Resolve(string? givenId, string? url, string source, string title, DateTimeOffset published)
    {
        if (!string.IsNullOrWhiteSpace(givenId))
        {
            return givenId.Trim();
        }

        return string.IsNullOrWhiteSpace(url) ? FromContent(source, title, published) : FromUrl(url);
    }

    /// <summary>"u-" + the first 16 hex digits of the SHA-1 of <see cref="NormaliseUrl"/>.</summary>
    public static string FromUrl(string url) => "u-" + Hash(NormaliseUrl(url));

    /// <summary>
    /// "c-" + the first 16 hex digits of the SHA-1 of the lower-cased source and title (white space
    /// collapsed) and the UTC instant, so the same article captured twice gets the same id.
    /// </summary>
    public static string FromContent(string source, string title, DateTimeOffset published)
    {
        var key = string.Join(
            '\n',
            Collapse(source).ToLowerInvariant(),
            Collapse(title).ToLowerInvariant(),
            published.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        return "c-" + Hash(key);
    }

    /// <summary>
    /// The URL without what does not change the page: scheme, "www.", default port, fragment,
    /// utm_* parameters and a trailing slash; host lower-cased. Non-URLs are only trimmed.
    /// </summary>
    public static string NormaliseUrl(string url)
    {
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return trimmed;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host;
        var port = uri.IsDefaultPort || uri.Port is 80 or 443 ? string.Empty : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : string.Empty;
        var query = string.Join(
            '&',
            uri.Query.TrimStart('?')
                .Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(pair => !pair.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)));
        return host + port + path + (query.Length > 0 ? "?" + query : string.Empty);
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Hash(string text)
    {
        Span<byte> digest = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(Encoding.UTF8.GetBytes(text), digest);
        return Convert.ToHexStringLower(digest)[..HashHexLength];
    }
}
