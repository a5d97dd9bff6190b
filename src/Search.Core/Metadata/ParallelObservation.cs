using Search.Core.Articles;

namespace Search.Core.Metadata;

/// <summary>
/// The learning pass over many articles on every core, learning exactly what reading them one by one in order
/// learns. Articles go in chunks. Tokenizing lines and finding their runs and cued windows needs nothing learned,
/// so a chunk is read in parallel while the one before it is counted. Counting how words are cased is done in
/// order, and each line keeps the counts of its run words as they stood after it (<see cref="ObservedLine.Snapshot"/>):
/// segmenting a run asks nothing else, so the runs are then segmented in parallel, each thread's segmenter reading
/// the line's kept counts. What the lines taught is added in order, so even the order of entries is the same.
/// </summary>
internal static class ParallelObservation
{
    /// <summary>
    /// Articles per chunk: enough to keep every core busy, few enough that their tokens die young (tokens kept
    /// across collections of the youngest generation cost more to collect than to make).
    /// </summary>
    public const int DefaultChunkSize = 16;

    public static void Run(PersonGazetteerBuilder builder, IEnumerable<Article> articles, int chunkSize = DefaultChunkSize)
    {
        using var source = articles.GetEnumerator();
        var next = Task.Run(() => ReadChunk(source, builder.Lexicon, chunkSize));
        while (true)
        {
            var chunk = next.Result;
            if (chunk.Count == 0)
            {
                return;
            }

            // The next chunk is read while this one is counted, segmented and learned.
            next = Task.Run(() => ReadChunk(source, builder.Lexicon, chunkSize));
            foreach (var article in chunk)
            {
                foreach (var line in article)
                {
                    builder.Count(line);
                }
            }

            Parallel.ForEach(
                chunk,
                () => new SnapshotSegmenter(builder.Lexicon),
                (article, _, segmenter) =>
                {
                    foreach (var line in article)
                    {
                        line.LoadSnapshot(segmenter.View);
                        line.FindOtherNames(segmenter.Segmenter);
                    }

                    return segmenter;
                },
                _ => { });
            foreach (var article in chunk)
            {
                builder.CountArticle();
                foreach (var line in article)
                {
                    builder.Learn(line);
                }
            }
        }
    }

    /// <summary>The next articles from <paramref name="source"/>, each as its lines (body, caption, title), read in parallel.</summary>
    private static List<List<ObservedLine>> ReadChunk(IEnumerator<Article> source, MetadataLexicon lexicon, int chunkSize)
    {
        var articles = new List<Article>(chunkSize);
        while (articles.Count < chunkSize && source.MoveNext())
        {
            articles.Add(source.Current);
        }

        var chunk = new List<ObservedLine>[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var article = articles[i];
            chunk[i] = new[] { article.Body, article.Caption, article.Title }
                .Where(text => !string.IsNullOrWhiteSpace(text))
                .SelectMany(text => ObservedLine.Read(text!, lexicon))
                .ToList();
        });
        return [.. chunk];
    }

    /// <summary>A segmenter that reads the word statistics of one line at a time (<see cref="ObservedLine.LoadSnapshot"/>).</summary>
    private sealed class SnapshotSegmenter
    {
        public SnapshotSegmenter(MetadataLexicon lexicon)
        {
            Segmenter = new RunSegmenter(lexicon, new PersonGazetteer(View, [], new Dictionary<string, string>(), [], [], NameSpellingModel.Empty, []));
        }

        public WordCaseStatistics View { get; } = new();

        public RunSegmenter Segmenter { get; }
    }
}
