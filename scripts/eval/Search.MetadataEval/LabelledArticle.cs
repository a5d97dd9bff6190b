using Search.Core.Metadata;

namespace Search.MetadataEval;

/// <summary>One labelled article: its source host, its label's topic, the topics the label allows (its own first), the label itself, and its headline, body and lead-paragraph features apart.</summary>
internal sealed record LabelledArticle(string Id, string Source, string Topic, IReadOnlyList<string> Allowed, string Label, int Fold, string? Title, string Body, Dictionary<string, float> TitleFeatures, Dictionary<string, float> BodyFeatures, Dictionary<string, float> LeadFeatures)
{
    /// <summary>Whether the label is broad: the map lets the words move it to other topics.</summary>
    public bool BroadLabel => Allowed.Count > 1;

    /// <summary>The features a model with these reading settings sees.</summary>
    public Dictionary<string, float> Features(float titleWeight, bool bigrams, bool source = false, bool sourceTerms = false, float leadWeight = 0)
    {
        var features = new Dictionary<string, float>(BodyFeatures.Count + TitleFeatures.Count, StringComparer.Ordinal);
        if (source && TopicFeatureExtractor.SourceFeature(Source) is { } host)
        {
            features[host] = 1;
        }

        foreach (var (feature, count) in BodyFeatures)
        {
            if (bigrams || !feature.Contains(' ', StringComparison.Ordinal))
            {
                features[feature] = count;
            }
        }

        foreach (var (feature, count) in leadWeight > 0 ? LeadFeatures : [])
        {
            if (bigrams || !feature.Contains(' ', StringComparison.Ordinal))
            {
                features[feature] = features.GetValueOrDefault(feature) + (leadWeight * count);
            }
        }

        foreach (var (feature, count) in TitleFeatures)
        {
            if (bigrams || !feature.Contains(' ', StringComparison.Ordinal))
            {
                features[feature] = features.GetValueOrDefault(feature) + (titleWeight * count);
            }
        }

        if (sourceTerms)
        {
            var prefix = TopicFeatureExtractor.SourceFeature(Source)![TopicFeatureExtractor.SourcePrefix.Length..] + "|";
            foreach (var (feature, count) in TopicFeatureExtractor.WithoutSite(features))
            {
                features[prefix + feature] = count;
            }
        }

        return features;
    }
}
