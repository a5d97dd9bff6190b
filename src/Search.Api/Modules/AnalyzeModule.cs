using Carter;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Contracts;
using Search.Api.Infrastructure;
using Search.Core.Articles;
using Search.Core.Metadata;

namespace Search.Api.Modules;

/// <summary>Tags a draft exactly as indexing would: persons, organisations, places and topic.</summary>
public sealed class AnalyzeModule : ICarterModule
{
    public const int MaxBodyChars = 200_000;

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/analyze", Analyze)
            .WithName("AnalyzeText")
            .WithTags("Metadata")
            .WithSummary("Persons, organisations, places and topic that indexing would give this title and body.")
            .ProducesValidationProblem();
    }

    private static Results<Ok<AnalyzeResponse>, ValidationProblem> Analyze(AnalyzeRequest request, PersonNames names, TopicClassifier topics)
    {
        if (string.IsNullOrWhiteSpace(request.Body) || request.Body.Length > MaxBodyChars)
        {
            var problem = $"'body' must be non-empty text of at most {MaxBodyChars} characters.";
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [problem] }, detail: problem);
        }
        var draft = new Article
        {
            Id = "draft",
            Source = "draft",
            Title = request.Title?.Trim() ?? "",
            Body = request.Body,
            Published = DateTimeOffset.UtcNow,
        };
        var entities = names.Extractor.Extract(draft);
        var topic = topics.Classify(draft);
        return TypedResults.Ok(new AnalyzeResponse(
            entities.Persons.Select(ToResponse).ToList(),
            entities.Orgs.Select(ToResponse).ToList(),
            entities.Places.Select(ToResponse).ToList(),
            topic.Topic,
            topic.Scores));
    }

    private static EntityResponse ToResponse(ExtractedEntity entity) => new(entity.Name, entity.Aliases, entity.Mentions);
}
