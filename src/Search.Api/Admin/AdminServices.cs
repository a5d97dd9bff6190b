using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Api.Admin;

/// <summary>Registers live ingestion: the body reader (the indexer's parsers), the writer-backed ingestion, and opening the index at start.</summary>
public static class AdminServices
{
    public static IServiceCollection AddLiveIngestion(this IServiceCollection services)
    {
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ArticleBodyReader>();
        services.AddSingleton(sp => new LiveWriteJournal(sp.GetRequiredService<IOptions<SearchOptions>>().Value.IndexPath));
        services.AddSingleton<LiveIngestion>();
        services.AddExceptionHandler<IndexLockedHandler>();
        services.AddHostedService<IndexOpener>();
        return services;
    }
}
