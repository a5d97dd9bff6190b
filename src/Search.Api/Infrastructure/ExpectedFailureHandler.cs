using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Search.Core.Ingestion;
using Search.Core.Searching;

namespace Search.Api.Infrastructure;

/// <summary>
/// Answers the failures that are expected outcomes, not faults, with a problem saying what happened:
/// a request the framework could not bind (malformed JSON, a value of the wrong JSON type) with the status
/// it carries, 400, and the parser's own account of what is wrong and where (the host sets
/// <c>RouteHandlerOptions.ThrowOnBadRequest</c> in every environment: otherwise, outside Development, the
/// framework answers a bare 400 that says nothing), and a request that needs an index that does not exist
/// yet with 503.
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
            ProblemDetails = { Title = answer.Title, Detail = Describe(exception), Status = answer.Status },
        });
    }

    /// <summary>
    /// "The request body is not valid JSON for this endpoint: ..." with the parser's path and the position
    /// counted from 1 (System.Text.Json counts lines and bytes from 0); otherwise the exception's message.
    /// </summary>
    private static string Describe(Exception exception)
    {
        if (exception is not BadHttpRequestException { InnerException: JsonException json })
        {
            return exception.Message;
        }
        // A type mismatch names the contract's .NET type, which says nothing to a client: name the place instead.
        var message = json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            ? $"the value at {json.Path} has the wrong JSON type"
            : json.Message;
        var what = JsonErrorText.Reason(message);
        return json is { LineNumber: { } line, BytePositionInLine: { } position }
            ? $"The request body is not valid JSON for this endpoint: {what} (line {line + 1}, byte {position + 1})."
            : $"The request body is not valid JSON for this endpoint: {what}";
    }
}
