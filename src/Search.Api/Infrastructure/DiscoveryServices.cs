using Microsoft.Extensions.DependencyInjection.Extensions;
using Search.Core.Discovery;

namespace Search.Api.Infrastructure;

/// <summary>Registers related articles, near-duplicate lookup, timelines and trending, with their options.</summary>
public static class DiscoveryServices
{
    public static IServiceCollection AddDiscovery(this IServiceCollection services)
    {
        services.AddOptions<RelatedOptions>()
            .BindConfiguration(RelatedOptions.Section)
            .Validate(o => o.MinTermFreq >= 1 && o.MinDocFreq >= 1 && o.MaxQueryTerms >= 1 && o.CandidatePool >= 1,
                "Related: MinTermFreq, MinDocFreq, MaxQueryTerms and CandidatePool must be at least 1.")
            .Validate(o => o.PersonWeight >= 0 && o.TopicWeight >= 0 && o.TimeWeight >= 0 && o.TimeHalfLifeDays > 0,
                "Related: weights must not be negative and TimeHalfLifeDays must be positive.")
            .ValidateOnStart();
        services.AddOptions<DuplicateOptions>()
            .BindConfiguration(DuplicateOptions.Section)
            .Validate(o => o.Threshold is > 0 and <= 1, "Duplicates:Threshold must be in (0, 1].")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RelatedArticleFinder>();
        services.AddSingleton<DuplicateFinder>();
        services.AddSingleton<TimelineBuilder>();
        services.AddSingleton<TrendingFinder>();
        return services;
    }
}
