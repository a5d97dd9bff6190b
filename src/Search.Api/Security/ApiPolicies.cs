namespace Search.Api.Security;

/// <summary>Authorization policy names.</summary>
public static class ApiPolicies
{
    /// <summary>An admin key: live ingestion and deletion.</summary>
    public const string Admin = "admin";
}
