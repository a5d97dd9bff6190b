namespace Search.Core.Metadata;

/// <summary>
/// Learns a <see cref="TopicModel"/>: the vocabulary (features in at least
/// <see cref="TopicModelOptions.MinDocumentFrequency"/> articles, in ordinal order), then the weights by
/// the chosen algorithm. Deterministic: the same examples in the same order give the same model.
/// </summary>
internal static class TopicModelTrainer
{
    public static TopicModel Train(IReadOnlyCollection<TopicExample> examples, TopicFeatureExtractor features, TopicModelOptions options)
    {
        if (examples.Count == 0)
        {
            throw new ArgumentException("A topic model needs at least one labelled article.", nameof(examples));
        }

        var topics = examples.Select(e => e.Topic).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var topicIndex = topics.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in examples.SelectMany(e => e.Features.Keys))
        {
            documentFrequency[feature] = documentFrequency.GetValueOrDefault(feature) + 1;
        }

        var vocabulary = documentFrequency.Where(kv => kv.Value >= options.MinDocumentFrequency).Select(kv => kv.Key)
            .Order(StringComparer.Ordinal).Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        float[]? idf = null;
        if (options.Algorithm == TopicAlgorithm.LogisticRegression)
        {
            idf = new float[vocabulary.Count];
            foreach (var (feature, id) in vocabulary)
            {
                idf[id] = (float)(Math.Log((examples.Count + 1.0) / (documentFrequency[feature] + 1.0)) + 1);
            }
        }

        var rows = examples.Select(e => (Vector: TopicVectors.Vectorize(e.Features, vocabulary, idf), Topic: topicIndex[e.Topic])).ToList();
        if (features.Source && options.Algorithm == TopicAlgorithm.LogisticRegression)
        {
            // Each article once more with its text alone, so that the words carry a topic without the site's help:
            // an article from a site the model never saw reads as well as a model without sites would read it.
            rows.AddRange(examples.Select(e => (TopicVectors.Vectorize(TopicFeatureExtractor.WithoutSite(e.Features), vocabulary, idf), topicIndex[e.Topic])));
        }

        var (weights, bias) = options.Algorithm switch
        {
            TopicAlgorithm.NaiveBayes => NaiveBayes(rows, vocabulary.Count, topics.Count, options.Smoothing, complement: false),
            TopicAlgorithm.ComplementNaiveBayes => NaiveBayes(rows, vocabulary.Count, topics.Count, options.Smoothing, complement: true),
            _ => SoftmaxRegression.Train(rows, vocabulary.Count, topics.Count, options),
        };
        return new TopicModel(options.Algorithm, features, topics, vocabulary, idf, weights, bias)
            .WithNeighbours(examples as IReadOnlyList<TopicExample> ?? [.. examples], options);
    }

    /// <summary>
    /// Naive Bayes: w[f, t] = log P(f | t) with Laplace smoothing and bias log P(t). Complement: w[f, t] =
    /// −log P(f | not t), each topic's weights scaled to unit L1 norm and no prior (Rennie et al., 2003).
    /// </summary>
    private static (float[] Weights, float[] Bias) NaiveBayes(List<((int[] Index, float[] Value) Vector, int Topic)> rows, int features, int topics, double alpha, bool complement)
    {
        var counts = new double[features * topics];
        var perTopic = new double[topics];
        var articles = new double[topics];
        foreach (var ((index, value), topic) in rows)
        {
            articles[topic]++;
            for (var i = 0; i < index.Length; i++)
            {
                counts[(index[i] * topics) + topic] += value[i];
                perTopic[topic] += value[i];
            }
        }

        var total = perTopic.Sum();
        var weights = new float[features * topics];
        var bias = new float[topics];
        for (var t = 0; t < topics; t++)
        {
            var mass = complement ? total - perTopic[t] : perTopic[t];
            var denominator = Math.Log(mass + (alpha * features));
            var norm = 0.0;
            for (var f = 0; f < features; f++)
            {
                var count = counts[(f * topics) + t];
                if (complement)
                {
                    var all = 0.0;
                    for (var u = 0; u < topics; u++)
                    {
                        all += counts[(f * topics) + u];
                    }

                    count = all - count;
                }

                var logP = Math.Log(count + alpha) - denominator;
                weights[(f * topics) + t] = (float)(complement ? -logP : logP);
                norm += Math.Abs(logP);
            }

            for (var f = 0; complement && f < features; f++)
            {
                weights[(f * topics) + t] = (float)(weights[(f * topics) + t] / norm);
            }

            bias[t] = complement ? 0 : (float)Math.Log(articles[t] / rows.Count);
        }

        return (weights, bias);
    }
}
