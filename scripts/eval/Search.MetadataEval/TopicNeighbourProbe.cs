using System.Globalization;
using Search.Core.Metadata;

namespace Search.MetadataEval;

/// <summary>Prototype: logistic regression's probabilities mixed with the topics of the nearest training articles (cosine of tf-idf), on the same folds.</summary>
internal static class TopicNeighbourProbe
{
    public static void Run(LabelledCorpus corpus, TopicModelOptions options, int folds, List<string> topics)
    {
        var n = corpus.Articles.Count;
        var k = topics.Count;
        var topicIndex = topics.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        var features = corpus.Articles.Select(a => a.Features(options.TitleWeight, options.Bigrams, options.SourceFeature, options.SourceTerms, options.LeadWeight, options.TitleTerms)).ToList();
        var text = features.Select(f => TopicFeatureExtractor.WithoutSite(f)).ToList();
        var extractor = new TopicFeatureExtractor(corpus.Analysis.Stemmed, options.TitleWeight, options.Bigrams, options.SourceFeature, options.SourceTerms, options.LeadWeight, options.TitleTerms);
        var lr = new double[n][];
        var ks = new[] { 5, 10, 20, 40 };
        var votes = ks.ToDictionary(x => x, _ => new double[n][]);
        var votesSameHost = ks.ToDictionary(x => x, _ => new double[n][]);
        for (var fold = 0; fold < folds; fold++)
        {
            var train = Enumerable.Range(0, n).Where(i => corpus.Articles[i].Fold != fold).ToList();
            var test = Enumerable.Range(0, n).Where(i => corpus.Articles[i].Fold == fold).ToList();
            var model = TopicModel.Train(train.Select(i => new TopicExample(features[i], corpus.Articles[i].Topic)).ToList(), extractor, options);
            foreach (var i in test)
            {
                var p = model.Probabilities(features[i]);
                lr[i] = topics.Select(t => p.GetValueOrDefault(t)).ToArray();
            }

            // tf-idf vectors over the training fold
            var df = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var i in train)
            {
                foreach (var f in text[i].Keys)
                {
                    df[f] = df.GetValueOrDefault(f) + 1;
                }
            }

            var vocab = df.Where(kv => kv.Value >= 2 && kv.Value <= train.Count / 20).Select((kv, id) => (kv.Key, id)).ToDictionary(p => p.Key, p => p.id, StringComparer.Ordinal);
            (int[] Index, float[] Value) Vector(Dictionary<string, float> f)
            {
                var pairs = f.Where(kv => vocab.ContainsKey(kv.Key)).Select(kv => (vocab[kv.Key], (float)(Math.Log(1 + kv.Value) * Math.Log((double)train.Count / df[kv.Key])))).ToList();
                var norm = Math.Sqrt(pairs.Sum(p => (double)p.Item2 * p.Item2));
                return (pairs.Select(p => p.Item1).ToArray(), pairs.Select(p => (float)(norm > 0 ? p.Item2 / norm : 0)).ToArray());
            }

            var postings = new List<(int Doc, float Value)>[vocab.Count];
            for (var j = 0; j < vocab.Count; j++)
            {
                postings[j] = [];
            }

            for (var d = 0; d < train.Count; d++)
            {
                var (index, value) = Vector(text[train[d]]);
                for (var x = 0; x < index.Length; x++)
                {
                    postings[index[x]].Add((d, value[x]));
                }
            }

            Parallel.ForEach(test, new ParallelOptions { MaxDegreeOfParallelism = 1 }, () => new float[train.Count], (i, _, sims) =>
            {
                Array.Clear(sims);
                var (index, value) = Vector(text[i]);
                for (var x = 0; x < index.Length; x++)
                {
                    foreach (var (d, v) in postings[index[x]])
                    {
                        sims[d] += v * value[x];
                    }
                }

                var top = Top(Enumerable.Range(0, train.Count).Where(d => sims[d] > 0));
                var topHost = Top(Enumerable.Range(0, train.Count).Where(d => sims[d] > 0 && corpus.Articles[train[d]].Source == corpus.Articles[i].Source));
                List<int> Top(IEnumerable<int> docs)
                {
                    var queue = new PriorityQueue<int, float>();
                    foreach (var d in docs)
                    {
                        if (queue.Count < 40)
                        {
                            queue.Enqueue(d, sims[d]);
                        }
                        else if (sims[d] > sims[queue.Peek()])
                        {
                            queue.DequeueEnqueue(d, sims[d]);
                        }
                    }

                    var list = new List<int>();
                    while (queue.Count > 0)
                    {
                        list.Add(queue.Dequeue());
                    }

                    list.Reverse();
                    return list;
                }

                foreach (var kk in ks)
                {
                    votes[kk][i] = Vote(top.Take(kk));
                    votesSameHost[kk][i] = Vote(topHost.Take(kk));
                }

                double[] Vote(IEnumerable<int> docs)
                {
                    var v = new double[k];
                    foreach (var d in docs)
                    {
                        v[topicIndex[corpus.Articles[train[d]].Topic]] += sims[d];
                    }

                    var s = v.Sum();
                    return s > 0 ? v.Select(x => x / s).ToArray() : v;
                }

                return sims;
            }, _ => { });
            Console.WriteLine($"fold {fold} done");
        }

        double Accuracy(Func<int, double[]> score) => (double)Enumerable.Range(0, n).Count(i =>
        {
            var s = score(i);
            return topics[Array.IndexOf(s, s.Max())] == corpus.Articles[i].Topic;
        }) / n;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"LR alone {Accuracy(i => lr[i]):0.0000}"));
        foreach (var kk in ks)
        {
            foreach (var lambda in new[] { 0.25, 0.5, 1, 2, 100 })
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"k {kk} λ {lambda}: all hosts {Accuracy(i => lr[i].Zip(votes[kk][i], (a, b) => a + (lambda * b)).ToArray()):0.0000}, same host {Accuracy(i => lr[i].Zip(votesSameHost[kk][i], (a, b) => a + (lambda * b)).ToArray()):0.0000}"));
            }
        }
    }
}
