using Microsoft.Extensions.Configuration;
using Search.Core.Analysis;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Indexer;

/// <summary>The indexer's options, bound from appsettings.json beside the binary and environment variables.</summary>
public sealed record IndexerSettings(SearchOptions Search, IngestionOptions Ingestion, AnalysisOptions Analysis, IConfiguration Configuration)
{
    /// <summary><c>Metadata:Extract</c>: tag persons, organisations, places and topics at index time (default true).</summary>
    public bool ExtractMetadata => Configuration.GetValue("Metadata:Extract", true);

    public static IndexerSettings Load()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        return new IndexerSettings(
            configuration.GetSection(SearchOptions.Section).Get<SearchOptions>() ?? new SearchOptions(),
            configuration.GetSection("Ingestion").Get<IngestionOptions>() ?? new IngestionOptions(),
            configuration.GetSection("Analysis").Get<AnalysisOptions>() ?? new AnalysisOptions(),
            configuration);
    }
}
