using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// Scores read the length part of BM25 from a per-segment table (<see cref="SegmentLengthNorms"/>): the same scores as
/// BM25 with k1 2 and b 0.5 over each document's exact length, and a table that follows the average length it was made for.
/// </summary>
public sealed class SegmentLengthNormsTests : IDisposable
{
    private static readonly string[] Bodies = ["banjir", "banjir di kota", "banjir banjir melanda kota tua di pesisir utara", "kota tua"];

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;

    public SegmentLengthNormsTests()
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { Similarity = ExactLengthBm25Similarity.Instance };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var body in Bodies)
            {
                writer.AddDocument(new Document { new TextField("body", body, Field.Store.NO) });
            }
        }
        reader = DirectoryReader.Open(directory);
    }

    [Fact]
    public void EveryMatchScoresBm25OfItsExactLength()
    {
        var searcher = new IndexSearcher(reader) { Similarity = ExactLengthBm25Similarity.Instance };
        var hits = searcher.Search(new TermQuery(new Term("body", "banjir")), 10).ScoreDocs.OrderBy(h => h.Doc).ToList();

        // 3 of 4 documents hold the word; 14 tokens in 4 documents.
        var idf = (float)Math.Log(1 + ((4 - 3 + 0.5) / (3 + 0.5)));
        var average = (float)(14 / 4.0);
        float Expected(float freq, int length) => idf * 3f * freq / (freq + (2f * (0.5f + (0.5f * length / average))));
        Assert.Equal([0, 1, 2], hits.Select(h => h.Doc));
        Assert.Equal([Expected(1, 1), Expected(1, 3), Expected(2, 8)], hits.Select(h => h.Score));
    }

    [Fact]
    public void TheTableFollowsTheAverageLengthItIsAskedFor()
    {
        var segment = reader.Leaves[0].AtomicReader;

        var first = SegmentLengthNorms.Of(segment, "body", 3.5f);
        var again = SegmentLengthNorms.Of(segment, "body", 3.5f);
        var other = SegmentLengthNorms.Of(segment, "body", 7f);

        Assert.Same(first, again);
        Assert.Equal(Bodies.Select(b => ExactLengthBm25Similarity.LengthNorm(b.Split(' ').Length, 3.5f)), first!);
        Assert.Equal(Bodies.Select(b => ExactLengthBm25Similarity.LengthNorm(b.Split(' ').Length, 7f)), other!);
        Assert.Null(SegmentLengthNorms.Of(segment, "title", 3.5f));
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
