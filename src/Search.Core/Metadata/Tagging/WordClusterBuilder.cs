namespace Search.Core.Metadata.Tagging;

/// <summary>
/// Learns <see cref="WordClusters"/> without labels from plain text: every word seen often enough
/// is described by the words written just before and just after it (positive pointwise mutual
/// information with the most frequent tokens, punctuation included, left and right apart), that
/// description is folded by a fixed random projection into <see cref="Dimensions"/> numbers, and
/// spherical k-means groups the words twice, coarsely and finely. Words that share their
/// neighbours share a cluster: given names with given names, towns with towns, verbs with verbs.
/// Deterministic for the same texts in the same order.
/// </summary>
public sealed class WordClusterBuilder
{
    private const int Dimensions = 96;

    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

    private readonly List<int> counts = [];

    private readonly List<int> stream = [];

    /// <summary>Words seen fewer times get no cluster.</summary>
    public int MinOccurrences { get; init; } = 4;

    /// <summary>The most frequent words that are clustered.</summary>
    public int MaxWords { get; init; } = 60_000;

    /// <summary>The most frequent tokens whose presence on either side describes a word.</summary>
    public int ContextWords { get; init; } = 1_500;

    public int FineClusters { get; init; } = 256;

    public int CoarseClusters { get; init; } = 32;

    public int Iterations { get; init; } = 8;

    /// <summary>Reads the tokens of one text (case folded); lines are separated as texts are.</summary>
    public void Observe(string text)
    {
        foreach (var token in TextTokenizer.Tokenize(text))
        {
            if (!ids.TryGetValue(token.Key, out var id))
            {
                id = ids.Count;
                ids.Add(token.Key, id);
                counts.Add(0);
            }

            counts[id]++;
            stream.Add(token.IsWord ? id : ~id);
        }

        stream.Add(int.MinValue);
    }

    public WordClusters Build()
    {
        var byFrequency = Enumerable.Range(0, counts.Count).OrderByDescending(i => counts[i]).ThenBy(i => i).ToArray();
        var context = new int[counts.Count];
        Array.Fill(context, -1);
        for (var r = 0; r < Math.Min(ContextWords, byFrequency.Length); r++)
        {
            context[byFrequency[r]] = r;
        }

        var words = new List<int>();
        var row = new int[counts.Count];
        Array.Fill(row, -1);
        foreach (var id in byFrequency)
        {
            if (words.Count >= MaxWords || counts[id] < MinOccurrences)
            {
                break;
            }

            row[id] = words.Count;
            words.Add(id);
        }

        var vectors = Vectors(words.Count, row, context);
        var fine = SphericalKMeans.Cluster(vectors, words.Count, Dimensions, FineClusters, Iterations, 17);
        var coarse = SphericalKMeans.Cluster(vectors, words.Count, Dimensions, CoarseClusters, Iterations, 31);
        var names = ids.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToArray();
        var result = new Dictionary<string, (ushort Fine, ushort Coarse)>(words.Count, StringComparer.Ordinal);
        for (var w = 0; w < words.Count; w++)
        {
            if (vectors.AsSpan(w * Dimensions, Dimensions).IndexOfAnyExcept(0f) >= 0)
            {
                result[names[words[w]]] = ((ushort)fine[w], (ushort)coarse[w]);
            }
        }

        return new WordClusters(result);
    }

    /// <summary>Each clustered word's projected, length-normalised PPMI context vector, row-major.</summary>
    private float[] Vectors(int n, int[] row, int[] context)
    {
        var pairs = new Dictionary<int, int>();
        var contextCounts = new long[2 * ContextWords];
        for (var i = 0; i < stream.Count; i++)
        {
            var token = stream[i];
            if (token < 0)
            {
                continue;
            }

            var w = row[token];
            if (w < 0)
            {
                continue;
            }

            Count(pairs, contextCounts, w, i - 1, context, 0);
            Count(pairs, contextCounts, w, i + 1, context, ContextWords);
        }

        var smoothed = contextCounts.Select(c => Math.Pow(c, 0.75)).ToArray();
        var smoothedTotal = smoothed.Sum();
        var width = 2 * ContextWords;
        var wordTotals = new double[n];
        foreach (var (key, count) in pairs)
        {
            wordTotals[key / width] += count;
        }

        var vectors = new float[n * Dimensions];
        foreach (var (key, count) in pairs)
        {
            var (w, c) = Math.DivRem(key, width);
            var pmi = Math.Log(count * smoothedTotal / (wordTotals[w] * smoothed[c]));
            if (pmi <= 0)
            {
                continue;
            }

            // A fixed ±1 pattern per context (a hash of its number): the random projection.
            var bits = (ulong)c * 0x9E3779B97F4A7C15UL;
            for (var d = 0; d < Dimensions; d++)
            {
                if ((d & 63) == 0)
                {
                    bits = (bits ^ (bits >> 29) ^ ((ulong)d * 0xBF58476D1CE4E5B9UL)) * 0x94D049BB133111EBUL;
                }

                vectors[w * Dimensions + d] += ((bits >> (d & 63)) & 1) == 0 ? (float)pmi : -(float)pmi;
            }
        }

        for (var w = 0; w < n; w++)
        {
            SphericalKMeans.Normalise(vectors.AsSpan(w * Dimensions, Dimensions));
        }

        return vectors;
    }

    private void Count(Dictionary<int, int> pairs, long[] contextCounts, int w, int at, int[] context, int side)
    {
        if (at < 0 || at >= stream.Count || stream[at] == int.MinValue)
        {
            return;
        }

        var token = stream[at];
        var c = context[token < 0 ? ~token : token];
        if (c < 0)
        {
            return;
        }

        var key = (w * 2 * ContextWords) + c + side;
        pairs[key] = pairs.GetValueOrDefault(key) + 1;
        contextCounts[c + side]++;
    }
}
