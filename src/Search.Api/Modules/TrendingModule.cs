using Carter;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Contracts;
using Search.Api.Infrastructure;
using Search.Core.Discovery;

namespace Search.Api.Modules;

/// <summary>Persons, topics or sources whose share of articles rose most against the window before.</summary>
public sealed class TrendingModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/trending", Trending)
            .WithName("GetTrending")
            .WithTags("Discovery")
            .WithSummary("Values whose share of articles in a window most exceeds their share in the window before (JLH score).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static Results<Ok<TrendingResponse>, ValidationProblem> Trending([AsParameters] TrendingQuery query, TrendingFinder trending)
    {
        if (!TrendingQueryValidator.TryValidate(query, trending.LatestDay, out var request, out var errors))
        {
            return TypedResults.ValidationProblem(errors, detail: QueryParameters.Detail(errors));
        }
        return TypedResults.Ok(trending.Find(request).ToResponse());
    }
}
