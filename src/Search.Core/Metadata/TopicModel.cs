using Lucene.Net.Analysis;

namespace Search.Core.Metadata;

/// <summary>
/// A trained topic classifier: a linear score per topic over the features of an article (naive Bayes and
/// logistic regression both end as one), turned into probabilities by softmax. Built by
/// <see cref="Train"/> or read from a model file; immutable and safe to share between threads.
/// </summary>
public sealed class TopicModel
{
    private readonly Dictionary<string, int> vocabulary;

    /// <summary>Feature-major weights: <c>weights[feature * Topics.Count + topic]</c>.</summary>
    private readonly float[] weights;

    private readonly float[] bias;

    /// <summary>Inverse document frequencies when features are tf-idf weighted, else null (raw counts).</summary>
    private readonly float[]? idf;

    internal TopicModel(TopicAlgorithm algorithm, TopicFeatureExtractor features, IReadOnlyList<string> topics, Dictionary<string, int> vocabulary, float[]? idf, float[] weights, float[] bias, TopicNeighbours? neighbours = null)
    {
        if (weights.Length != vocabulary.Count * topics.Count || bias.Length != topics.Count || (idf is not null && idf.Length != vocabulary.Count))
        {
            throw new InvalidDataException("A topic model's weights do not match its topics and vocabulary.");
        }

        Algorithm = algorithm;
        Features = features;
        Topics = topics;
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.weights = weights;
        this.bias = bias;
        Neighbours = neighbours;
    }

    public TopicAlgorithm Algorithm { get; }

    /// <summary>How the model reads an article; its settings are part of the model.</summary>
    public TopicFeatureExtractor Features { get; }

    /// <summary>The topics the model chooses from, in the order of its scores.</summary>
    public IReadOnlyList<string> Topics { get; }

    /// <summary>How many features the model knows.</summary>
    public int VocabularySize => vocabulary.Count;

    internal IReadOnlyDictionary<string, int> Vocabulary => vocabulary;

    internal ReadOnlySpan<float> Weights => weights;

    internal ReadOnlySpan<float> Bias => bias;

    internal float[]? Idf => idf;

    /// <summary>The training articles that vote beside the weights, or null.</summary>
    internal TopicNeighbours? Neighbours { get; }

    /// <summary>Learns a model from labelled articles; the examples' features must come from an extractor like <paramref name="features"/>.</summary>
    public static TopicModel Train(IReadOnlyCollection<TopicExample> examples, TopicFeatureExtractor features, TopicModelOptions options) =>
        TopicModelTrainer.Train(examples, features, options);

    /// <summary>
    /// The same weights with the neighbours' vote rebuilt by <paramref name="options"/>' <see cref="TopicModelOptions.Neighbours"/>
    /// and <see cref="TopicModelOptions.NeighbourWeight"/> from <paramref name="examples"/>, which must be the articles the model was
    /// trained on (the vote reads their vectors by the model's vocabulary and idf): to compare votes without training again.
    /// </summary>
    public TopicModel WithNeighbours(IReadOnlyList<TopicExample> examples, TopicModelOptions options)
    {
        var topicIndex = Topics.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var neighbours = idf is not null && options.Neighbours > 0
            ? TopicNeighbours.Build(examples, vocabulary, idf, topicIndex, options.Neighbours, (float)options.NeighbourWeight)
            : null;
        return new TopicModel(Algorithm, Features, Topics, vocabulary, idf, weights, bias, neighbours);
    }

    /// <summary>Reads a model written by <see cref="WriteTo"/>; its features are read with <paramref name="analyzer"/>.</summary>
    public static TopicModel ReadFrom(Stream stream, Analyzer analyzer) => TopicModelFile.Read(stream, analyzer);

    public void WriteTo(Stream stream) => TopicModelFile.Write(this, stream);

    /// <summary>Each topic's probability for this headline and body (summing to 1).</summary>
    public IReadOnlyDictionary<string, double> Classify(string? title, string body) => Probabilities(Features.Extract(title, body));

    /// <summary>Each topic's probability for an article from <paramref name="source"/> (read when the model uses the source host).</summary>
    public IReadOnlyDictionary<string, double> Classify(string? source, string? title, string body) => Probabilities(Features.Extract(source, title, body));

    /// <summary>The most probable topic for already extracted features (ties: the earlier topic).</summary>
    public string Predict(IReadOnlyDictionary<string, float> features)
    {
        var scores = Neighbours is null ? Scores(features) : Mixed(features);
        var best = 0;
        for (var k = 1; k < scores.Length; k++)
        {
            best = scores[k] > scores[best] ? k : best;
        }

        return Topics[best];
    }

    /// <summary>Each topic's probability for already extracted features.</summary>
    public IReadOnlyDictionary<string, double> Probabilities(IReadOnlyDictionary<string, float> features)
    {
        var p = Neighbours is null ? Softmax(Scores(features)) : Mixed(features);
        return Topics.Select((t, k) => (t, k)).ToDictionary(x => x.t, x => p[x.k], StringComparer.Ordinal);
    }

    /// <summary>The weights' probabilities and the neighbours' votes, mixed by the neighbours' weight (summing to 1).</summary>
    private double[] Mixed(IReadOnlyDictionary<string, float> features)
    {
        var p = Softmax(Scores(features));
        var neighbours = Neighbours!;
        var site = Features.Source ? TopicFeatureExtractor.SiteOf(features) : null;
        var votes = neighbours.Votes(TopicVectors.Vectorize(TopicFeatureExtractor.WithoutSite(features), vocabulary, idf), site, Topics.Count);
        var mass = 1 + (votes.Sum() > 0 ? neighbours.Weight : 0);
        return p.Select((x, k) => (x + (neighbours.Weight * votes[k])) / mass).ToArray();
    }

    private static double[] Softmax(double[] scores)
    {
        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        return exp.Select(e => e / sum).ToArray();
    }

    /// <summary>The article as model input: known features only, in vocabulary ids, transformed as the model was trained.</summary>
    internal (int[] Index, float[] Value) Vectorize(IReadOnlyDictionary<string, float> features) =>
        TopicVectors.Vectorize(features, vocabulary, idf);

    private double[] Scores(IReadOnlyDictionary<string, float> features)
    {
        var (index, value) = Vectorize(features);
        var k = Topics.Count;
        var scores = bias.Select(b => (double)b).ToArray();
        for (var i = 0; i < index.Length; i++)
        {
            var row = index[i] * k;
            for (var t = 0; t < k; t++)
            {
                scores[t] += value[i] * weights[row + t];
            }
        }

        return scores;
    }
}
