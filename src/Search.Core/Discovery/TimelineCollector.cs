using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;

namespace Search.Core.Discovery;

/// <summary>
/// Counts matches per calendar bucket from the publication-time doc values and keeps each bucket's top
/// match (score, then most near-duplicate copies, then earliest, then index order); no stored fields.
/// </summary>
internal sealed class TimelineCollector(TimelineInterval interval, DuplicateGroups groups) : ICollector
{
    private readonly Dictionary<DateOnly, Bucket> buckets = [];
    private NumericDocValues? published;
    private Scorer? scorer;
    private int docBase;

    public IReadOnlyDictionary<DateOnly, Bucket> Buckets => buckets;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        published = context.AtomicReader.GetNumericDocValues(IndexSchema.PublishedSort);
        docBase = context.DocBase;
    }

    public void Collect(int doc)
    {
        var ms = published?.Get(doc) ?? 0;
        var start = TimelineCalendar.StartOf(ms, interval);
        if (!buckets.TryGetValue(start, out var bucket))
        {
            buckets[start] = bucket = new Bucket();
        }
        bucket.Count++;
        var candidate = new Candidate(docBase + doc, scorer?.GetScore() ?? 0, groups.DuplicatesOf(docBase + doc), ms);
        if (bucket.Count == 1 || candidate.Beats(bucket.Top))
        {
            bucket.Top = candidate;
        }
    }

    internal sealed class Bucket
    {
        public int Count { get; set; }

        public Candidate Top { get; set; }
    }

    internal readonly record struct Candidate(int Doc, float Score, int Duplicates, long PublishedMs)
    {
        public bool Beats(Candidate other) =>
            Score != other.Score ? Score > other.Score
            : Duplicates != other.Duplicates ? Duplicates > other.Duplicates
            : PublishedMs != other.PublishedMs ? PublishedMs < other.PublishedMs
            : Doc < other.Doc;
    }
}
