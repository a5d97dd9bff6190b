namespace Search.Core.Metadata;

/// <summary>
/// Sparse feature vectors shared by training and prediction: raw counts for naive Bayes, or
/// sublinear tf-idf scaled to unit length for logistic regression (<c>idf</c> given), where a feature
/// that is not a word (the source host, <see cref="TopicFeatureExtractor.SourcePrefix"/>) stays 1 and out of the length.
/// </summary>
internal static class TopicVectors
{
    public static (int[] Index, float[] Value) Vectorize(IReadOnlyDictionary<string, float> features, IReadOnlyDictionary<string, int> vocabulary, float[]? idf)
    {
        var index = new List<int>(features.Count);
        var value = new List<float>(features.Count);
        var meta = new List<int>();
        foreach (var (feature, count) in features)
        {
            if (vocabulary.TryGetValue(feature, out var id))
            {
                if (idf is not null && feature.StartsWith('@'))
                {
                    meta.Add(id);
                    continue;
                }

                index.Add(id);
                value.Add(idf is null ? count : (float)(Math.Log(1 + count) * idf[id]));
            }
        }

        if (idf is not null)
        {
            var norm = Math.Sqrt(value.Sum(v => (double)v * v));
            for (var i = 0; norm > 0 && i < value.Count; i++)
            {
                value[i] = (float)(value[i] / norm);
            }
        }

        index.AddRange(meta);
        value.AddRange(meta.Select(_ => 1f));
        return (index.ToArray(), value.ToArray());
    }
}
