namespace Search.MetadataEval;

/// <summary>One labelled article: its label's topic, whether the label is broad, the label itself, and its headline and body features apart.</summary>
internal sealed record LabelledArticle(string Id, string Topic, bool BroadLabel, string Label, int Fold, string? Title, string Body, Dictionary<string, float> TitleFeatures, Dictionary<string, float> BodyFeatures)
{
    /// <summary>The features a model with these reading settings sees.</summary>
    public Dictionary<string, float> Features(float titleWeight, bool bigrams)
    {
        var features = new Dictionary<string, float>(BodyFeatures.Count + TitleFeatures.Count, StringComparer.Ordinal);
        foreach (var (feature, count) in BodyFeatures)
        {
            if (bigrams || !feature.Contains(' ', StringComparison.Ordinal))
            {
                features[feature] = count;
            }
        }

        foreach (var (feature, count) in TitleFeatures)
        {
            if (bigrams || !feature.Contains(' ', StringComparison.Ordinal))
            {
                features[feature] = features.GetValueOrDefault(feature) + (titleWeight * count);
            }
        }

        return features;
    }
}
