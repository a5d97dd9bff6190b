using Carter;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Contracts;
using Search.Api.Infrastructure;
using Search.Core.Searching;

namespace Search.Api.Modules;

/// <summary>Full-text search with multi-select facets and highlighted snippets.</summary>
public sealed class SearchModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search)
            .WithName("SearchArticles")
            .WithTags("Search")
            .WithSummary("Search articles with facets by topic, person, source, month, year, organisation and place.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static Results<Ok<SearchResponse>, ValidationProblem> Search([AsParameters] SearchQuery query, ArticleSearcher searcher, PersonNames persons)
    {
        if (!SearchQueryValidator.TryValidate(query, out var request, out var errors))
        {
            return TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(e => e)));
        }
        request = persons.Canonicalise(request);
        return TypedResults.Ok(searcher.Search(request).ToResponse(request));
    }
}
