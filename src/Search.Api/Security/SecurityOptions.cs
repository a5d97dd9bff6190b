namespace Search.Api.Security;

/// <summary>API keys and who may call what. Bound from the "Security" configuration section.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>The header a key is sent in.</summary>
    public const string KeyHeader = "X-Api-Key";

    /// <summary>Keys, stored hashed. Admin endpoints answer 401 to everyone while this is empty.</summary>
    public List<ApiKeyEntry> Keys { get; set; } = [];

    /// <summary>When true, search and article reads also need a key (read or admin). Off by default.</summary>
    public bool RequireKeyForSearch { get; set; }

    /// <summary>Origins allowed to call the API from a browser (CORS); none by default.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    public bool IsValid(out string problem)
    {
        var bad = Keys.FirstOrDefault(k => string.IsNullOrWhiteSpace(k.Name) || k.Sha256.Length != 64 || !k.Sha256.All(Uri.IsHexDigit));
        problem = bad is null ? "" : $"Security:Keys entry '{bad.Name}' needs a Name and a Sha256 of 64 hex digits.";
        return bad is null;
    }
}
