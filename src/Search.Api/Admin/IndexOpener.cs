using Search.Core.Searching;

namespace Search.Api.Admin;

/// <summary>
/// Opens the index when the service starts, so the API holds the write lock from then on and an indexer
/// started beside it fails at once with a clear error instead of at the first request.
/// </summary>
public sealed class IndexOpener(SearchIndex index, ILogger<IndexOpener> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (index.NotReadyReason is { } reason)
        {
            logger.LogWarning("Starting without an index: {Reason}", reason);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
