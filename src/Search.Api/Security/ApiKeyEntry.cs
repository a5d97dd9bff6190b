namespace Search.Api.Security;

/// <summary>One configured key: a name for logs and rate limits, the SHA-256 of the key (hex), and its role.</summary>
public sealed class ApiKeyEntry
{
    /// <summary>Who holds the key ("newsroom-cms"); logged and used to partition rate limits, never the key itself.</summary>
    public string Name { get; set; } = "";

    /// <summary>Lower- or upper-case hex SHA-256 of the key's UTF-8 bytes: <c>printf %s "$KEY" | sha256sum</c>.</summary>
    public string Sha256 { get; set; } = "";

    public ApiKeyRole Role { get; set; } = ApiKeyRole.Read;
}
