using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// A mild preference for recent articles (<c>recency=true</c>): the BM25 score times
/// <c>1 + <see cref="Weight"/> / (1 + age / <see cref="HalfLife"/>)</c>, where age is measured back from
/// the newest article in the index, so an archive that stopped years ago still prefers its own latest
/// news. An article from the newest day gains at most 25 %; one a year older about 2 %.
/// </summary>
public static class RecencyBoost
{
    public const float Weight = 0.25f;

    public static readonly TimeSpan HalfLife = TimeSpan.FromDays(30);

    private static readonly ConditionalWeakTable<IndexReader, StrongBox<long>> NewestByReader = [];

    /// <summary>The query with its scores scaled by recency in the searcher's index.</summary>
    public static Query Wrap(Query query, IndexSearcher searcher)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(searcher);
        var newest = NewestByReader.GetValue(searcher.IndexReader, reader => new StrongBox<long>(Newest(reader))).Value;
        return new RecencyQuery(query, newest);
    }

    /// <summary>The largest multiplier: an article from the newest day.</summary>
    internal const float MaxFactor = 1f + Weight;

    /// <summary>Whether <paramref name="query"/> is a query <see cref="Wrap"/> made.</summary>
    internal static bool IsRecency(Query? query) => query is RecencyQuery;

    /// <summary>The multiplier of an article published <paramref name="ageMs"/> before the newest one.</summary>
    public static float Factor(long ageMs) =>
        1f + Weight / (1f + (float)(Math.Max(0, ageMs) / HalfLife.TotalMilliseconds));

    private static long Newest(IndexReader reader)
    {
        var newest = long.MinValue;
        foreach (var leaf in reader.Leaves)
        {
            var published = leaf.AtomicReader.GetNumericDocValues(IndexSchema.PublishedSort);
            if (published is null)
            {
                continue;
            }
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    newest = Math.Max(newest, published.Get(doc));
                }
            }
        }
        return newest == long.MinValue ? 0 : newest;
    }

    private sealed class RecencyQuery(Query query, long newest) : CustomScoreQuery(query)
    {
        protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) =>
            new Provider(context, newest);

        public override string Name => "recency";
    }

    private sealed class Provider(AtomicReaderContext context, long newest) : CustomScoreProvider(context)
    {
        private readonly NumericDocValues? published = context.AtomicReader.GetNumericDocValues(IndexSchema.PublishedSort);

        public override float CustomScore(int doc, float subQueryScore, float valSrcScore) =>
            published is null ? subQueryScore : subQueryScore * Factor(newest - published.Get(doc));
    }
}
