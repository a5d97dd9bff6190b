using Microsoft.Extensions.Diagnostics.HealthChecks;
using Search.Core.Searching;

namespace Search.Api.Infrastructure;

/// <summary>Ready when the index is open; reports its document count, or why it is not ready.</summary>
public sealed class IndexHealthCheck(SearchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (index.NotReadyReason is { } reason)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(reason));
        }
        var data = new Dictionary<string, object> { ["documents"] = index.DocumentCount };
        return Task.FromResult(HealthCheckResult.Healthy("Index open.", data));
    }
}
