using Lucene.Net.Index;
using Search.Bench.Corpus;
using Search.Bench.Engines;
using Search.Core.Indexing;

namespace Search.Bench.Tests;

/// <summary>
/// The indexing floor the report sets beside FTS5, layer by layer: every article once, in one segment, with
/// exactly the pieces of our layout its layer adds.
/// </summary>
public sealed class PlainLuceneIndexingTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("bench-plain-").FullName;

    [SharedCorpusTheory]
    [InlineData(IndexingLayer.Plain)]
    [InlineData(IndexingLayer.DuplicateSignature)]
    public void IndexesEveryArticleOnceIntoOneSegmentWithTheLayersPieces(IndexingLayer layer)
    {
        var corpus = Path.Combine(work, "corpus.jsonl");
        CorpusScaler.Write([BenchPaths.NewsCorpus], 300, corpus);
        var path = Path.Combine(work, "plain");

        var figures = new PlainLuceneIndexing(path, 16, layer).Index(corpus);

        Assert.Equal(300, figures.Documents);
        using var directory = Lucene.Net.Store.FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(300, reader.NumDocs);
        var leaf = Assert.Single(reader.Leaves).AtomicReader;
        Assert.Equal(300, reader.GetDocCount(IndexSchema.Body));
        Assert.Equal(layer >= IndexingLayer.ExactCopies ? 300 : 0, reader.GetDocCount(IndexSchema.BodyExact));
        Assert.Equal(layer >= IndexingLayer.DuplicateSignature, leaf.GetBinaryDocValues(IndexSchema.DuplicateSignature) is not null);
    }

    public void Dispose() => Directory.Delete(work, recursive: true);
}
