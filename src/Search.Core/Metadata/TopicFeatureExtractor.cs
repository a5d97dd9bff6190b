using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Metadata;

/// <summary>
/// Turns a headline and a body into the features a <see cref="TopicModel"/> reads: the terms the
/// index's own analysis chain yields (lower-cased, stop words removed, stemmed) and, optionally,
/// each pair of adjacent terms ("liga inggris"), counted; headline features count
/// <see cref="TitleWeight"/> times. Thread-safe as far as the analyzer is (Lucene analyzers are).
/// </summary>
public sealed class TopicFeatureExtractor(Analyzer analyzer, float titleWeight, bool bigrams)
{
    /// <summary>The field name the analyzer is asked for: the stemmed body's chain.</summary>
    private const string Field = "body";

    public float TitleWeight { get; } = titleWeight;

    public bool Bigrams { get; } = bigrams;

    public Dictionary<string, float> Extract(string? title, string body)
    {
        var counts = new Dictionary<string, float>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(title))
        {
            Add(counts, title, TitleWeight);
        }

        Add(counts, body, 1);
        return counts;
    }

    private void Add(Dictionary<string, float> counts, string text, float weight)
    {
        using var stream = analyzer.GetTokenStream(Field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        string? previous = null;
        while (stream.IncrementToken())
        {
            var current = term.ToString();
            counts[current] = counts.GetValueOrDefault(current) + weight;
            if (Bigrams && previous is not null)
            {
                var pair = previous + " " + current;
                counts[pair] = counts.GetValueOrDefault(pair) + weight;
            }

            previous = current;
        }

        stream.End();
    }
}
