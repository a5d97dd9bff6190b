using Microsoft.AspNetCore.Diagnostics;
using Search.Core.Indexing;

namespace Search.Api.Admin;

/// <summary>Answers 503 with <c>Retry-After</c> when a write finds another process holding the index's write lock.</summary>
public sealed class IndexLockedHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not IndexLockedException)
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Title = "Index locked by another writer",
                Detail = "Another process (an indexer run) holds the index's write lock; nothing was written. Retry when it has finished.",
                Status = StatusCodes.Status503ServiceUnavailable,
            },
        });
    }
}
