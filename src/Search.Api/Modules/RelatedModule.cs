using Carter;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Contracts;
using Search.Api.Infrastructure;
using Search.Core.Discovery;

namespace Search.Api.Modules;

/// <summary>Related coverage of an indexed article or of an unpublished draft.</summary>
public sealed class RelatedModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles/{id}/related", ForArticle)
            .WithName("GetRelatedArticles")
            .WithTags("Related")
            .WithSummary("Articles related to an article by text, shared persons, topic and time; one per near-duplicate group.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/api/related", ForDraft)
            .WithName("GetRelatedToDraft")
            .WithTags("Related")
            .WithSummary("Related coverage of an unpublished draft, with the persons and topic it would be tagged with.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static Results<Ok<RelatedResponse>, ValidationProblem, ProblemHttpResult> ForArticle(
        string id, [AsParameters] RelatedQuery query, RelatedArticleFinder finder)
    {
        if (!RelatedQueryValidator.TryValidate(query, out var request, out var errors))
        {
            return TypedResults.ValidationProblem(errors, detail: QueryParameters.Detail(errors));
        }
        return finder.ForArticle(id, request) is { } result
            ? TypedResults.Ok(result.ToResponse(id, request))
            : TypedResults.Problem(detail: $"No article with id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Article not found");
    }

    private static Results<Ok<DraftRelatedResponse>, ValidationProblem> ForDraft(DraftRelatedRequest? draft, RelatedArticleFinder finder)
    {
        if (!RelatedQueryValidator.TryValidate(draft, out var valid, out var request, out var errors))
        {
            return TypedResults.ValidationProblem(errors, detail: QueryParameters.Detail(errors));
        }
        return TypedResults.Ok(finder.ForDraft(valid, request).ToResponse(request));
    }
}
