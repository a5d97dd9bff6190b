using Carter;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Contracts;
using Search.Core.Discovery;
using Search.Core.Searching;

namespace Search.Api.Modules;

/// <summary>Whole articles by id.</summary>
public sealed class ArticlesModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles/{id}", GetById)
            .WithName("GetArticleById")
            .WithTags("Articles")
            .WithSummary("The whole article: text, caption, persons, topic, dateline, related link titles and near-duplicate copies.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Results<Ok<ArticleResponse>, ProblemHttpResult> GetById(string id, ArticleSearcher searcher, DuplicateFinder duplicates) =>
        searcher.Get(id) is { } article
            ? TypedResults.Ok(article.ToResponse(duplicates.Of(id) ?? []))
            : TypedResults.Problem(detail: $"No article with id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Article not found");
}
