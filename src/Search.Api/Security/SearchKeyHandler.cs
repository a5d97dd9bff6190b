using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Search.Api.Security;

/// <summary>Meets <see cref="SearchKeyRequirement"/>: open by default; with keys required, any valid key. Health checks stay open.</summary>
public sealed class SearchKeyHandler(IOptionsMonitor<SecurityOptions> options) : AuthorizationHandler<SearchKeyRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SearchKeyRequirement requirement)
    {
        var open = !options.CurrentValue.RequireKeyForSearch
            || (context.Resource is HttpContext http && http.Request.Path.StartsWithSegments("/health"));
        if (open || context.User.Identity?.IsAuthenticated == true)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
