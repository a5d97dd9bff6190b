using Microsoft.AspNetCore.Diagnostics;

namespace Search.Api.Infrastructure;

/// <summary>
/// Answers a request the framework could not bind (malformed JSON, a value of the wrong JSON type) with
/// the status it carries, 400, and a problem saying what could not be read, instead of a 500. Outside
/// Development the framework answers 400 itself; this makes every environment answer alike.
/// </summary>
public sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Title = "Bad request", Detail = bad.Message, Status = bad.StatusCode },
        });
    }
}
