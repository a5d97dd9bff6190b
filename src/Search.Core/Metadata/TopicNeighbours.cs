using System.Buffers;

namespace Search.Core.Metadata;

/// <summary>
/// The training articles a <see cref="TopicModel"/> keeps to vote beside its weights: each article's text vector
/// (the model's tf-idf of its words, without the site features and without the words in more than
/// <see cref="CommonShare"/> of the articles), its topic and its site. An article's votes are the topics of its
/// <see cref="Count"/> most similar training articles (cosine) from the same site when the model knows the site
/// (a site files the same story under the same section), else from every site, each weighted by its similarity;
/// only the own site's articles are scored then. Immutable and safe to share between threads.
/// </summary>
internal sealed class TopicNeighbours
{
    /// <summary>A word found in more than this share of the training articles (and in more than two) does not count towards similarity.</summary>
    public const double CommonShare = 0.05;

    private readonly int[] postingStart;

    private readonly int[] postingDocument;

    private readonly float[] postingValue;

    private readonly Dictionary<string, int> siteIndex;

    public TopicNeighbours(int count, float weight, int features, IReadOnlyList<string> sites, int[] site, int[] topic, int[] start, int[] index, float[] value)
    {
        if (site.Length != topic.Length || start.Length != topic.Length + 1 || index.Length != value.Length || start[^1] != index.Length
            || site.Any(s => s < 0 || s >= sites.Count) || index.Any(i => i < 0 || i >= features))
        {
            throw new InvalidDataException("A topic model's neighbour articles do not match its vocabulary.");
        }

        (Count, Weight, Sites, Site, Topic, Start, Index, Value) = (count, weight, sites, site, topic, start, index, value);
        siteIndex = sites.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);
        postingStart = new int[features + 1];
        foreach (var id in index)
        {
            postingStart[id + 1]++;
        }

        for (var f = 0; f < features; f++)
        {
            postingStart[f + 1] += postingStart[f];
        }

        // Each word's postings go site by site (articles of a site in their order), so that an article of a known
        // site reads its own site's postings only (VotesOf).
        var next = postingStart[..^1];
        postingDocument = new int[index.Length];
        postingValue = new float[index.Length];
        foreach (var d in Enumerable.Range(0, topic.Length).OrderBy(d => site[d]))
        {
            for (var i = start[d]; i < start[d + 1]; i++)
            {
                var at = next[index[i]]++;
                postingDocument[at] = d;
                postingValue[at] = value[i];
            }
        }
    }

    /// <summary>Keeps the training articles' text vectors (<see cref="TopicVectors"/> with the model's idf) for voting.</summary>
    public static TopicNeighbours Build(IReadOnlyList<TopicExample> examples, IReadOnlyDictionary<string, int> vocabulary, float[] idf, IReadOnlyDictionary<string, int> topicIndex, int count, float weight)
    {
        var texts = examples.Select(e => TopicFeatureExtractor.WithoutSite(e.Features)).ToList();
        var documentFrequency = new int[vocabulary.Count];
        foreach (var text in texts)
        {
            foreach (var feature in text.Keys)
            {
                if (vocabulary.TryGetValue(feature, out var id))
                {
                    documentFrequency[id]++;
                }
            }
        }

        var sites = new List<string>();
        var siteOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var (site, topic, start) = (new int[examples.Count], new int[examples.Count], new int[examples.Count + 1]);
        var (index, value) = (new List<int>(), new List<float>());
        for (var d = 0; d < examples.Count; d++)
        {
            var name = TopicFeatureExtractor.SiteOf(examples[d].Features) ?? "";
            if (!siteOf.TryGetValue(name, out site[d]))
            {
                site[d] = siteOf[name] = sites.Count;
                sites.Add(name);
            }

            topic[d] = topicIndex[examples[d].Topic];
            var vector = TopicVectors.Vectorize(texts[d], vocabulary, idf);
            for (var i = 0; i < vector.Index.Length; i++)
            {
                if (documentFrequency[vector.Index[i]] <= Math.Max(2, CommonShare * examples.Count))
                {
                    index.Add(vector.Index[i]);
                    value.Add(vector.Value[i]);
                }
            }

            start[d + 1] = index.Count;
        }

        return new TopicNeighbours(count, weight, vocabulary.Count, sites, site, topic, start, [.. index], [.. value]);
    }

    /// <summary>How many nearest articles vote.</summary>
    public int Count { get; }

    /// <summary>How much the votes (summing to 1) weigh beside the model's probabilities (summing to 1).</summary>
    public float Weight { get; }

    /// <summary>The source features of the training articles' sites ("" for none), in the order <see cref="Site"/> indexes.</summary>
    public IReadOnlyList<string> Sites { get; }

    public int[] Site { get; }

    public int[] Topic { get; }

    /// <summary>Article d's vector is <c>Index[Start[d]..Start[d + 1]]</c>, <c>Value[...]</c>.</summary>
    public int[] Start { get; }

    public int[] Index { get; }

    public float[] Value { get; }

    /// <summary>The share of each of <paramref name="topics"/> topics among the nearest articles to a text vector (all zero when none shares a word).</summary>
    public double[] Votes((int[] Index, float[] Value) vector, string? site, int topics)
    {
        // One similarity per training article: from the pool, since a new array of that size per article classified
        // would be a large-object allocation each time.
        var similarity = ArrayPool<float>.Shared.Rent(Topic.Length);
        try
        {
            Array.Clear(similarity, 0, Topic.Length);
            return Votes(vector, site, topics, similarity);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(similarity);
        }
    }

    private double[] Votes((int[] Index, float[] Value) vector, string? site, int topics, float[] similarity)
    {
        var own = site is not null && siteIndex.TryGetValue(site, out var s) ? s : -1;
        var touched = new List<int>();
        for (var i = 0; i < vector.Index.Length; i++)
        {
            var f = vector.Index[i];
            var (from, to) = own < 0 ? (postingStart[f], postingStart[f + 1]) : SitePostings(f, own);
            for (var p = from; p < to; p++)
            {
                var d = postingDocument[p];
                if (similarity[d] == 0)
                {
                    touched.Add(d);
                }

                similarity[d] += postingValue[p] * vector.Value[i];
            }
        }

        var nearest = new PriorityQueue<int, float>();
        foreach (var d in touched)
        {
            if (similarity[d] > 0)
            {
                if (nearest.Count < Count)
                {
                    nearest.Enqueue(d, similarity[d]);
                }
                else if (similarity[d] > similarity[nearest.Peek()])
                {
                    nearest.DequeueEnqueue(d, similarity[d]);
                }
            }
        }

        var votes = new double[topics];
        var total = 0.0;
        while (nearest.TryDequeue(out var d, out var sim))
        {
            votes[Topic[d]] += sim;
            total += sim;
        }

        for (var t = 0; total > 0 && t < topics; t++)
        {
            votes[t] /= total;
        }

        return votes;
    }

    /// <summary>The range of word <paramref name="f"/>'s postings that belong to articles of site <paramref name="site"/>.</summary>
    private (int From, int To) SitePostings(int f, int site)
    {
        var (from, to) = (postingStart[f], postingStart[f + 1]);
        return (FirstFrom(from, to, site), FirstFrom(from, to, site + 1));
    }

    /// <summary>The first of the postings from..to whose article's site is at least <paramref name="site"/> (they go site by site).</summary>
    private int FirstFrom(int from, int to, int site)
    {
        while (from < to)
        {
            var middle = (from + to) >>> 1;
            (from, to) = Site[postingDocument[middle]] < site ? (middle + 1, to) : (from, middle);
        }

        return from;
    }
}
