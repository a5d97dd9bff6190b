using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Search.Core.Indexing;

/// <summary>
/// BM25 (k1 2, b 0.5, Lucene's idf) with each field's length kept exactly. Lucene 4.8's
/// <see cref="BM25Similarity"/> stores a length in one byte (1/√length with a 3-bit mantissa), so
/// lengths a quarter apart weigh the same and a long article ties with a short one that holds the
/// words as often. Here the norm is the length itself (a packed number, not a byte): the index must be
/// written and searched with this similarity, and an index written with another one must be rebuilt.
/// k1 and b were tuned on the relevance evaluation's seed 7 (reported on seed 42): against Lucene's 1.2 and
/// 0.75, a word an article repeats counts for more and a long article is penalised less, which raised the
/// known-item MRR of every query type (person + topic most, 0.769 → 0.778 with the other weights unchanged).
/// Only scores change, so the index need not be rebuilt for new values.
/// </summary>
public sealed class ExactLengthBm25Similarity : Similarity
{
    private const float K1 = 2f;
    private const float B = 0.5f;

    /// <summary>The one instance the writer and every searcher use.</summary>
    public static ExactLengthBm25Similarity Instance { get; } = new();

    /// <summary>Tokens in the field, not counting tokens stacked on another's position.</summary>
    public override long ComputeNorm(FieldInvertState state) => state.Length - state.NumOverlap;

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        var idf = termStats.Sum(t => Idf(t.DocFreq, collectionStats.MaxDoc));
        var averageLength = collectionStats.SumTotalTermFreq <= 0 ? 1f : (float)(collectionStats.SumTotalTermFreq / (double)collectionStats.MaxDoc);
        return new Stats(collectionStats.Field, idf, queryBoost, averageLength);
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        var stats = (Stats)weight;
        return new Scorer(stats, SegmentLengthNorms.Of(context.AtomicReader, stats.Field, stats.AverageLength), context.AtomicReader);
    }

    /// <summary>BM25's length part for a field of <paramref name="length"/> tokens (<see cref="SegmentLengthNorms"/>).</summary>
    internal static float LengthNorm(int length, float averageLength) => K1 * ((1 - B) + (B * length / averageLength));

    /// <summary>
    /// The most a term or phrase of weight <paramref name="weight"/> (idf × boosts) scores in any document: freq / (freq +
    /// length norm) stays under 1 however often it occurs (the length norm is at least k1 × (1 - b)).
    /// </summary>
    internal static float MaxScore(float weight) => weight * (K1 + 1);

    private static float Idf(long docFreq, long docCount) => (float)Math.Log(1 + ((docCount - docFreq + 0.5) / (docFreq + 0.5)));

    private sealed class Stats(string field, float idf, float queryBoost, float averageLength) : SimWeight
    {
        public string Field { get; } = field;

        public float Idf { get; } = idf;

        public float AverageLength { get; } = averageLength;

        /// <summary>idf × query boost × top-level boost; set by <see cref="Normalize"/>.</summary>
        public float Weight { get; private set; } = idf * queryBoost;

        // As Lucene's BM25: a tf-idf-like value for the query norm, which BM25 then ignores.
        public override float GetValueForNormalization() => (Idf * queryBoost) * (Idf * queryBoost);

        public override void Normalize(float queryNorm, float topLevelBoost) => Weight = Idf * queryBoost * topLevelBoost;
    }

    private sealed class Scorer(Stats stats, float[]? lengthNorms, AtomicReader reader) : SimScorer
    {
        public override float Score(int doc, float freq)
        {
            // Without norms the field scores as if b were 0.
            var lengthNorm = lengthNorms is null ? K1 : lengthNorms[doc];
            return stats.Weight * (K1 + 1) * freq / (freq + lengthNorm);
        }

        public override Explanation Explain(int doc, Explanation freq)
        {
            var result = new Explanation(Score(doc, freq.Value), $"score(doc={doc}, freq={freq.Value}), BM25 with exact length:");
            result.AddDetail(freq);
            result.AddDetail(new Explanation(stats.Weight, "idf × boost"));
            result.AddDetail(new Explanation(SegmentLengths.Of(reader, stats.Field)?[doc] ?? 0, "field length"));
            result.AddDetail(new Explanation(stats.AverageLength, "average field length"));
            return result;
        }

        public override float ComputeSlopFactor(int distance) => 1f / (distance + 1);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1f;
    }
}
