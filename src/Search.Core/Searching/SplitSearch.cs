using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>
/// Runs passes over the index split into contiguous document ranges, one per part, searched at once on
/// several threads: part <c>p</c> of a pass sees only the matches in its range, in document order, with
/// the same scorer (and so the same scores) a whole-index pass would use. Each part has collectors of its
/// own, merged by the caller; since the ranges are in document order, merging part results in part order
/// keeps ties in document order, as one pass does. A range may span segments and a segment may be split.
/// </summary>
internal static class SplitSearch
{
    // Searches of this process in their counting passes right now.
    private static int searching;

    /// <summary>
    /// How many parts a search over the index is split into: one below <see cref="SearchIndex.SplitFromDocuments"/>;
    /// otherwise <see cref="SearchIndex.SplitParts"/> shared among the searches running at the moment
    /// (<paramref name="running"/>, this one included), so that under load, when every core already has a
    /// search, a search runs whole instead of paying for threads that wait on each other.
    /// </summary>
    public static int PartsFor(IndexReader reader, SearchIndex index, int running) =>
        reader.MaxDoc >= index.SplitFromDocuments && reader.MaxDoc >= index.SplitParts ? Math.Max(1, index.SplitParts / Math.Max(1, running)) : 1;

    /// <summary>Counts a search in until the returned scope ends; the count is the number running, this one included.</summary>
    public static Running Begin() => new(Interlocked.Increment(ref searching));

    /// <summary>One search counted among those running (<see cref="Begin"/>).</summary>
    public readonly struct Running(int count) : IDisposable
    {
        public int Count { get; } = count;

        public void Dispose() => Interlocked.Decrement(ref searching);
    }

    /// <summary>Runs every pass (a query and one collector per part) and returns when all parts are done.</summary>
    public static void Run(IndexSearcher searcher, IReadOnlyList<(Query Query, IReadOnlyList<ICollector> Parts)> passes)
    {
        var reader = searcher.IndexReader;
        var work = new List<(Weight Weight, int Part, int Parts, ICollector Collector)>();
        foreach (var (query, parts) in passes)
        {
            var weight = searcher.CreateNormalizedWeight(query);
            for (var p = 0; p < parts.Count; p++)
            {
                work.Add((weight, p, parts.Count, parts[p]));
            }
        }
        // Largest-first is not needed: parts of one pass are equal in size, and a pool thread takes the next item as it frees.
        Parallel.For(0, work.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (weight, part, parts, collector) = work[i];
            var size = (reader.MaxDoc + parts - 1) / parts;
            Collect(reader, weight, part * size, Math.Min(reader.MaxDoc, (part + 1) * size), collector);
        });
    }

    /// <summary>Feeds <paramref name="collector"/> the matches with top-level document numbers in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static void Collect(IndexReader reader, Weight weight, int from, int to, ICollector collector)
    {
        foreach (var leaf in reader.Leaves)
        {
            var start = Math.Max(from, leaf.DocBase) - leaf.DocBase;
            var end = Math.Min(to, leaf.DocBase + leaf.AtomicReader.MaxDoc) - leaf.DocBase;
            if (start >= end)
            {
                continue;
            }
            collector.SetNextReader(leaf);
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }
            collector.SetScorer(scorer);
            for (var doc = start == 0 ? scorer.NextDoc() : scorer.Advance(start); doc < end; doc = scorer.NextDoc())
            {
                collector.Collect(doc);
            }
        }
    }
}
