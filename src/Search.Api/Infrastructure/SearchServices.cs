using Lucene.Net.Analysis;
using Search.Core.Analysis;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Api.Infrastructure;

/// <summary>Registers the index, its analyzer and the searcher.</summary>
public static class SearchServices
{
    public static IServiceCollection AddSearchIndex(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.IndexPath), "Search:IndexPath must be set.")
            .ValidateOnStart();
        services.AddOptions<AnalysisOptions>().BindConfiguration(AnalysisOptions.SectionName);
        services.AddSingleton<TextAnalysis>();
        services.AddSingleton<Analyzer>(sp => ArticleAnalyzer.Create(sp.GetRequiredService<TextAnalysis>()));
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<ArticleSearcher>();
        return services;
    }
}
