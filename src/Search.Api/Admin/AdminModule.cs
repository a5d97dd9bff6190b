using Carter;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Search.Api.Contracts;
using Search.Api.Security;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Api.Admin;

/// <summary>
/// Live ingestion with an admin key: upsert articles (read by the indexer's own parsers) and delete them.
/// Each request is one commit: durable when answered, visible to the next search.
/// </summary>
public sealed class AdminModule : ICarterModule
{
    private const string Route = "/api/admin/articles";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup(Route).RequireAuthorization(ApiPolicies.Admin).WithTags("Admin");
        admin.MapPost("", Post)
            .WithName("IngestArticles")
            .WithSummary("Upsert articles: one JSON object or array, NDJSON, raw page text (text/plain) or a saved web page (text/html); for pages ?name= is the file name it would have had.")
            .Accepts<object>("application/json", "application/x-ndjson", "text/plain", "text/html")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        admin.MapDelete("/{id}", Delete)
            .WithName("DeleteArticle")
            .WithSummary("Delete an article by id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<IngestResponse>, UnprocessableEntity<IngestResponse>, ProblemHttpResult>> Post(
        HttpRequest request, string? name, ArticleBodyReader reader, LiveIngestion ingestion, IOptions<RequestLimitOptions> limits, CancellationToken cancellationToken)
    {
        if (IngestionBody.FormatOf(request.ContentType) is not { } format)
        {
            return TypedResults.Problem(
                detail: $"Content-Type '{request.ContentType}' is not accepted: send application/json (an object or an array), application/x-ndjson, text/plain (raw page text) or text/html (a saved web page).",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        }

        var limit = limits.Value.MaxIngestBodyBytes;
        if (await IngestionBody.ReadAsync(request, limit, cancellationToken) is not { } body)
        {
            return TypedResults.Problem(
                detail: $"The body is larger than the limit of {limit} bytes (Limits:MaxIngestBodyBytes); send fewer articles per request.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large");
        }

        var records = reader.Read(body, format, SourceName(name, format));
        var response = ingestion.Upsert(records).ToResponse();
        return response.Created + response.Updated > 0 || response.Rejected == 0
            ? TypedResults.Ok(response)
            : TypedResults.UnprocessableEntity(response);
    }

    private static Results<NoContent, ProblemHttpResult> Delete(string id, LiveIngestion ingestion) =>
        ingestion.Delete(id)
            ? TypedResults.NoContent()
            : TypedResults.Problem(detail: $"No article with id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Article not found");

    /// <summary>The name records are reported under; for page text and HTML, a file name such as "kabarnusa-2024-05-01.txt" picks the profile.</summary>
    private static string SourceName(string? name, ArticleBodyFormat format) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= 200 && !name.Any(char.IsControl) && !name.Contains('/') && !name.Contains('\\')
            ? name
            : format switch
            {
                ArticleBodyFormat.RawText => "request.txt",
                ArticleBodyFormat.Html => "request.html",
                _ => "request",
            };
}
