using Carter;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Contracts;
using Search.Api.Infrastructure;
using Search.Core.Discovery;

namespace Search.Api.Modules;

/// <summary>The story of a query, person or topic over time.</summary>
public sealed class TimelineModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/timeline", Timeline)
            .WithName("GetTimeline")
            .WithTags("Discovery")
            .WithSummary("Matching articles per day, week or month (Asia/Jakarta), with the top article of each bucket.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static Results<Ok<TimelineResponse>, ValidationProblem> Timeline([AsParameters] TimelineQuery query, TimelineBuilder timelines)
    {
        if (!TimelineQueryValidator.TryValidate(query, out var request, out var errors))
        {
            return TypedResults.ValidationProblem(errors, detail: QueryParameters.Detail(errors));
        }
        return TypedResults.Ok(timelines.Build(request).ToResponse(request));
    }
}
