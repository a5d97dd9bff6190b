using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Search.Core.Articles;

namespace Search.Core.Metadata;

/// <summary>
/// The learning pass over many articles as a pipeline, learning exactly what reading them one by one in order
/// learns. Articles go in chunks. One thread reads the articles and hands each chunk to a task of its own, on any
/// core, that tokenizes its lines and finds their runs and cued windows, which needs nothing learned. The next
/// stage takes the chunks in order and counts how words are cased, and each line keeps the counts of
/// its run words as they stood after it (<see cref="ObservedLine.Snapshot"/>); segmenting a run asks the
/// statistics about nothing else, so each counted chunk's runs are then segmented by a task of its own, on any
/// core. The calling thread adds what each line taught, chunk after chunk in order, so even the order of entries
/// is the same. Only reading the input and counting are tied to one thread each: the rest of the work spreads
/// over every core. No thread spins waiting for the others to finish a chunk between them.
/// </summary>
internal static class ParallelObservation
{
    /// <summary>
    /// Articles per chunk: enough to keep hand-overs rare, few enough that their tokens die young (tokens kept
    /// across collections of the youngest generation cost more to collect than to make).
    /// </summary>
    public const int DefaultChunkSize = 16;

    /// <summary>Chunks waiting between two stages at most.</summary>
    private const int Depth = 8;

    public static void Run(PersonGazetteerBuilder builder, IEnumerable<Article> articles, int chunkSize = DefaultChunkSize)
    {
        using var stop = new CancellationTokenSource();
        using var read = new BlockingCollection<Task<List<ObservedLine>[]>>(Depth);
        using var counted = new BlockingCollection<Task<List<ObservedLine>[]>>(Depth);
        using var segmenters = new ThreadLocal<SnapshotSegmenter>(() => new SnapshotSegmenter(builder.Lexicon));
        var reader = Stage(stop, read, () =>
        {
            foreach (var chunk in articles.Chunk(chunkSize))
            {
                read.Add(Task.Run(() => chunk.Select(article => Lines(article, builder.Lexicon)).ToArray(), stop.Token), stop.Token);
            }
        });
        var counter = Stage(stop, counted, () =>
        {
            foreach (var tokenized in read.GetConsumingEnumerable(stop.Token))
            {
                var chunk = tokenized.Result;
                foreach (var line in chunk.SelectMany(lines => lines))
                {
                    builder.Count(line);
                }

                counted.Add(Task.Run(() => Segment(chunk, segmenters.Value!), stop.Token), stop.Token);
            }
        });
        try
        {
            foreach (var segmented in counted.GetConsumingEnumerable(stop.Token))
            {
                foreach (var lines in segmented.Result)
                {
                    builder.CountArticle();
                    foreach (var line in lines)
                    {
                        builder.Learn(line);
                    }
                }
            }

            Task.WaitAll(reader, counter);
        }
        catch (Exception ex)
        {
            // Whichever stage failed first, the others stop; the error reported is the failure, not a stage's cancellation.
            stop.Cancel();
            Task.WhenAll(reader, counter).ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            var failures = new[] { ex }.Concat(new[] { reader, counter }.Where(t => t.IsFaulted).Select(t => (Exception)t.Exception!))
                .SelectMany(e => e is AggregateException all ? all.Flatten().InnerExceptions : [e]);
            ExceptionDispatchInfo.Throw(failures.FirstOrDefault(e => e is not OperationCanceledException) ?? ex);
        }
    }

    private static List<ObservedLine>[] Segment(List<ObservedLine>[] chunk, SnapshotSegmenter segmenter)
    {
        foreach (var line in chunk.SelectMany(lines => lines))
        {
            line.FindOtherNames(segmenter.Segmenter, segmenter.View, segmenter.FeatureCache, segmenter.Outcomes);
        }

        return chunk;
    }

    /// <summary>Runs one stage on its own thread; the stage's output is complete when it ends, and the others stop when it fails.</summary>
    private static Task Stage<T>(CancellationTokenSource stop, BlockingCollection<T> output, Action work) =>
        Task.Factory.StartNew(
            () =>
            {
                try
                {
                    work();
                }
                catch
                {
                    stop.Cancel();
                    throw;
                }
                finally
                {
                    output.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

    /// <summary>An article's lines as <see cref="PersonGazetteerBuilder.Observe(string?, string, string?)"/> reads them: body, caption, title.</summary>
    private static List<ObservedLine> Lines(Article article, MetadataLexicon lexicon) =>
        new[] { article.Body, article.Caption, article.Title }
            .Where(text => !string.IsNullOrWhiteSpace(text))
            .SelectMany(text => ObservedLine.Read(text!, lexicon))
            .ToList();

    /// <summary>A segmenter that reads the word statistics of one line at a time (<see cref="ObservedLine.LoadSnapshot"/>).</summary>
    private sealed class SnapshotSegmenter
    {
        public SnapshotSegmenter(MetadataLexicon lexicon)
        {
            Segmenter = new RunSegmenter(lexicon, new PersonGazetteer(View, [], new Dictionary<string, string>(), [], [], NameSpellingModel.Empty, []));
        }

        public WordCaseStatistics View { get; } = new();

        public RunSegmenter Segmenter { get; }

        /// <summary>Spelling features of the place and organisation names this thread met.</summary>
        public Dictionary<string, List<string>> FeatureCache { get; } = new(StringComparer.Ordinal);

        /// <summary>What the runs this thread segmented taught.</summary>
        public RunOutcomes Outcomes { get; } = new();
    }
}
