namespace Search.Api.Security;

/// <summary>What a key may do: <see cref="Read"/> searches and reads articles, <see cref="Admin"/> also writes.</summary>
public enum ApiKeyRole
{
    Read,
    Admin,
}
