namespace Search.Core.Metadata;

/// <summary>
/// Multinomial logistic regression by stochastic gradient descent: articles in a seeded shuffle each
/// epoch, step size <c>rate / (1 + decay × epoch)</c>, each article's loss weighted by its topic's weight, L2 decay applied lazily through one scale factor for all
/// weights (Bottou's trick), so an update costs only the article's features times the topics.
/// </summary>
internal static class SoftmaxRegression
{
    public static (float[] Weights, float[] Bias) Train(List<((int[] Index, float[] Value) Vector, int Topic)> rows, int features, int topics, TopicModelOptions options)
    {
        var w = new double[features * topics];
        var bias = new double[topics];
        var scale = 1.0;
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var random = new Random(options.Seed);
        var scores = new double[topics];
        var perTopic = new double[topics];
        foreach (var (_, topic) in rows)
        {
            perTopic[topic]++;
        }

        var lossWeight = perTopic.Select(n => n == 0 ? 0 : Math.Pow(rows.Count / (topics * n), options.TopicBalance)).ToArray();
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = options.LearningRate / (1 + (options.RateDecay * epoch));
            foreach (var r in order)
            {
                var ((index, value), topic) = rows[r];
                Array.Copy(bias, scores, topics);
                for (var i = 0; i < index.Length; i++)
                {
                    var row = index[i] * topics;
                    for (var t = 0; t < topics; t++)
                    {
                        scores[t] += scale * value[i] * w[row + t];
                    }
                }

                Softmax(scores);
                scores[topic] -= 1;
                for (var t = 0; t < topics; t++)
                {
                    scores[t] *= lossWeight[topic];
                }

                scale *= 1 - (rate * options.L2);
                for (var i = 0; i < index.Length; i++)
                {
                    var row = index[i] * topics;
                    var step = rate * value[i] / scale;
                    for (var t = 0; t < topics; t++)
                    {
                        w[row + t] -= step * scores[t];
                    }
                }

                for (var t = 0; t < topics; t++)
                {
                    bias[t] -= rate * scores[t];
                }

                if (scale < 1e-6)
                {
                    Rescale(w, ref scale);
                }
            }
        }

        return (w.Select(v => (float)(v * scale)).ToArray(), bias.Select(b => (float)b).ToArray());
    }

    private static void Softmax(double[] scores)
    {
        var max = scores.Max();
        var sum = 0.0;
        for (var t = 0; t < scores.Length; t++)
        {
            scores[t] = Math.Exp(scores[t] - max);
            sum += scores[t];
        }

        for (var t = 0; t < scores.Length; t++)
        {
            scores[t] /= sum;
        }
    }

    private static void Rescale(double[] w, ref double scale)
    {
        for (var i = 0; i < w.Length; i++)
        {
            w[i] *= scale;
        }

        scale = 1;
    }
}
