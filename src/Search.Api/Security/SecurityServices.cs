using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;

namespace Search.Api.Security;

/// <summary>
/// Who may call what and how much: API keys (admin and, optionally, search), rate limits, the request
/// timeout, CORS and security headers.
/// </summary>
public static class SecurityServices
{
    public static IServiceCollection AddApiSecurity(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section)
            .Validate(o => o.IsValid(out _), "Every Security:Keys entry needs a Name and a Sha256 of 64 hex digits.")
            .ValidateOnStart();
        services.AddOptions<RequestLimitOptions>().BindConfiguration(RequestLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApiKeyStore>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddSingleton<IAuthorizationHandler, SearchKeyHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicies.Admin, policy => policy.RequireRole(nameof(ApiKeyRole.Admin)))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new SearchKeyRequirement()).Build());
        services.AddApiRateLimiting();
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<RequestLimitOptions>>((timeouts, limits) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = TimeSpan.FromSeconds(limits.Value.RequestTimeoutSeconds),
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            });
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<SecurityOptions>>((cors, security) =>
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. security.Value.AllowedOrigins])
                .WithMethods("GET", "POST", "DELETE")
                .WithHeaders(SecurityOptions.KeyHeader, "Content-Type")));
        return services;
    }

    /// <summary>Headers first, then CORS, key authentication, rate limits, authorization and the timeout.</summary>
    public static WebApplication UseApiSecurity(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseCors();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseRequestTimeouts();
        return app;
    }
}
