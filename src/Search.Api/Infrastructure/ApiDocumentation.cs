using Scalar.AspNetCore;

namespace Search.Api.Infrastructure;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and the Scalar reference UI at <c>/docs</c>, both served offline.</summary>
public static class ApiDocumentation
{
    public static IServiceCollection AddApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Search — Indonesian news archive API";
            document.Info.Description =
                "Full-text search over Indonesian news with an Indonesian analysis chain, multi-select facets " +
                "(topic, person, source, month, year), highlighted snippets and whole articles.";
            return Task.CompletedTask;
        }));

    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference("/docs", options => options
            .WithTitle("Search API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        return app;
    }
}
