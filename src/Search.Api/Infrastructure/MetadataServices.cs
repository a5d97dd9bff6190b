using Search.Core.Indexing;
using Search.Core.Metadata;

namespace Search.Api.Infrastructure;

/// <summary>Registers the person gazetteer and the tagging applied to live ingestion and drafts.</summary>
public static class MetadataServices
{
    public static IServiceCollection AddMetadata(this IServiceCollection services)
    {
        services.AddSingleton<PersonNames>();
        services.AddSingleton(sp => new ArticleEnricher(sp.GetRequiredService<PersonNames>().Extractor, TopicClassifier.Default));
        return services;
    }
}
