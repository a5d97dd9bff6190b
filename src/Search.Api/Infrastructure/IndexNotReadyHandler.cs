using Microsoft.AspNetCore.Diagnostics;
using Search.Core.Searching;

namespace Search.Api.Infrastructure;

/// <summary>Answers 503 with a problem saying why, when a request needs an index that does not exist yet.</summary>
public sealed class IndexNotReadyHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not IndexNotReadyException notReady)
        {
            return false;
        }
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Title = "Index not ready", Detail = notReady.Message, Status = StatusCodes.Status503ServiceUnavailable },
        });
    }
}
