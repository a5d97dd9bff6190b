using Microsoft.AspNetCore.Diagnostics;
using Search.Core.Searching;

namespace Search.Api.Infrastructure;

/// <summary>
/// Answers the failures that are expected outcomes, not faults, with a problem saying what happened:
/// a request the framework could not bind (malformed JSON, a value of the wrong JSON type) with the status
/// it carries, 400, instead of a 500 — outside Development the framework answers 400 itself, this makes every
/// environment answer alike — and a request that needs an index that does not exist yet with 503.
/// Anything else is left to the default handler, which logs it.
/// </summary>
public sealed class ExpectedFailureHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        (int Status, string Title)? problem = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Bad request"),
            IndexNotReadyException => (StatusCodes.Status503ServiceUnavailable, "Index not ready"),
            _ => null,
        };
        if (problem is not { } answer)
        {
            return false;
        }

        context.Response.StatusCode = answer.Status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Title = answer.Title, Detail = exception.Message, Status = answer.Status },
        });
    }
}
