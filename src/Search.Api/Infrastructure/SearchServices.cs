using Lucene.Net.Analysis;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Suggest;

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
        services.AddSingleton(sp => SynonymTable.Load(sp.GetRequiredService<IOptions<AnalysisOptions>>().Value.SynonymsPath));
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<ArticleSearcher>();
        services.AddSingleton<Autocomplete>();
        return services;
    }
}
