namespace Search.Core.Metadata;

/// <summary>
/// Supervised term weights: how sharply a feature points at one topic, learned from the training articles'
/// labels. A feature's weight is <c>1 − strength × H / log K</c>, where H is the entropy of the topics of the
/// articles it occurs in (each topic's share first divided by the topic's size, so that a big topic does not
/// look like a sharp one) and K the number of topics: a word found evenly in every topic keeps 1 − strength,
/// a word found in one topic only keeps 1. Multiplied into the idf, so the model file does not change.
/// </summary>
internal static class TopicFeatureWeights
{
    /// <summary>Pseudo-count of every feature in every topic, so that a feature seen in three articles is not taken as certain.</summary>
    private const double Smoothing = 0.5;

    public static float[] Compute(IReadOnlyCollection<TopicExample> examples, IReadOnlyDictionary<string, int> vocabulary, IReadOnlyDictionary<string, int> topicIndex, double strength)
    {
        var k = topicIndex.Count;
        var counts = new double[vocabulary.Count * k];
        var perTopic = new double[k];
        foreach (var example in examples)
        {
            var topic = topicIndex[example.Topic];
            perTopic[topic]++;
            foreach (var feature in example.Features.Keys)
            {
                if (vocabulary.TryGetValue(feature, out var id))
                {
                    counts[(id * k) + topic]++;
                }
            }
        }

        var weights = new float[vocabulary.Count];
        var share = new double[k];
        var logK = Math.Log(k);
        for (var f = 0; f < weights.Length; f++)
        {
            var sum = 0.0;
            for (var t = 0; t < k; t++)
            {
                share[t] = (counts[(f * k) + t] + Smoothing) / (perTopic[t] + Smoothing);
                sum += share[t];
            }

            var entropy = 0.0;
            for (var t = 0; t < k; t++)
            {
                var p = share[t] / sum;
                entropy -= p > 0 ? p * Math.Log(p) : 0;
            }

            weights[f] = (float)(1 - (strength * (k > 1 ? entropy / logK : 0)));
        }

        return weights;
    }
}
