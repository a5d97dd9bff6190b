using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Metadata;
using Search.Core.Metadata.Tagging;
using Search.Core.Searching;

namespace Search.Api.Infrastructure;

/// <summary>
/// The person gazetteer the indexer learned, read from beside the live index: a person filter given
/// by any alias ("Jokowi", "Lavrov", "Sergey Lavrov") filters by the canonical name the facet shows.
/// </summary>
public sealed class PersonNames(IOptions<SearchOptions> options)
{
    private readonly Lazy<PersonGazetteer> gazetteer = new(() =>
        GazetteerStore.Load(IndexLayout.LiveDirectory(Path.GetFullPath(options.Value.IndexPath))));

    private readonly Lazy<EntityTagger?> tagger = new(() => EntityTaggerStore.Load(Path.GetFullPath(options.Value.IndexPath)));

    private EntityExtractor? extractor;

    public PersonGazetteer Gazetteer => gazetteer.Value;

    /// <summary>An extractor that knows the learned persons, with the trained entity tagger when the index root holds one.</summary>
    public EntityExtractor Extractor => extractor ??= new EntityExtractor(Gazetteer, tagger.Value);

    public SearchRequest Canonicalise(SearchRequest request)
    {
        if (!request.Filters.TryGetValue("person", out var names) || names.Count == 0)
        {
            return request;
        }
        var canonical = names.Select(n => Gazetteer.Resolve(n) ?? n).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var filters = new Dictionary<string, IReadOnlyList<string>>(request.Filters, StringComparer.Ordinal) { ["person"] = canonical };
        return request with { Filters = filters };
    }
}
