using Carter;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Contracts;
using Search.Api.Infrastructure;
using Search.Core.Suggest;

namespace Search.Api.Modules;

/// <summary>Autocomplete for the search box: headlines, persons and topics that complete the typed words.</summary>
public sealed class SuggestModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/suggest", Suggest)
            .WithName("SuggestCompletions")
            .WithTags("Search")
            .WithSummary("Headlines, persons and topics whose words start with the typed words, most popular first.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static Results<Ok<SuggestResponse>, ValidationProblem> Suggest([AsParameters] SuggestQuery query, Autocomplete autocomplete) =>
        SuggestQueryValidator.TryValidate(query, out var text, out var size, out var errors)
            ? TypedResults.Ok(autocomplete.Complete(text, size).ToResponse())
            : TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(e => e)));
}
