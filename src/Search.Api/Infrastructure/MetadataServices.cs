using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Indexing;
using Search.Core.Metadata;

namespace Search.Api.Infrastructure;

/// <summary>
/// Registers the person gazetteer, the topic classifier (with the model <c>train-topics</c> wrote to the index
/// root, read once at first use) and the tagging applied to live ingestion and drafts.
/// </summary>
public static class MetadataServices
{
    public static IServiceCollection AddMetadata(this IServiceCollection services)
    {
        services.AddSingleton<PersonNames>();
        services.AddSingleton(sp => Topics(
            Path.GetFullPath(sp.GetRequiredService<IOptions<SearchOptions>>().Value.IndexPath),
            sp.GetRequiredService<TextAnalysis>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MetadataServices))));
        services.AddSingleton(sp => new ArticleEnricher(sp.GetRequiredService<PersonNames>().Extractor, sp.GetRequiredService<TopicClassifier>()));
        return services;
    }

    private static TopicClassifier Topics(string indexRoot, TextAnalysis analysis, ILogger logger)
    {
        TopicModel? model;
        try
        {
            model = TopicModelStore.Load(indexRoot, analysis.Stemmed);
        }
        catch (InvalidDataException ex)
        {
            logger.LogError(ex, "Topic model {Path} is unreadable; the keyword lists classify articles without a known label until it is retrained", TopicModelStore.PathFor(indexRoot));
            return TopicClassifier.Default;
        }

        if (model is null)
        {
            logger.LogInformation("No topic model at {Path}: the keyword lists classify articles without a known label", TopicModelStore.PathFor(indexRoot));
        }
        else
        {
            logger.LogInformation("Topic model {Path}: {Algorithm}, {Features} features", TopicModelStore.PathFor(indexRoot), model.Algorithm, model.VocabularySize);
        }

        return TopicClassifier.Default.WithModel(model);
    }
}
