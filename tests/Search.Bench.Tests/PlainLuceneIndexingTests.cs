using Lucene.Net.Index;
using Search.Bench.Corpus;
using Search.Bench.Engines;

namespace Search.Bench.Tests;

/// <summary>The indexing floor the report sets beside FTS5 indexes every article, once, into one segment.</summary>
public sealed class PlainLuceneIndexingTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("bench-plain-").FullName;

    [SharedCorpusFact]
    public void IndexesEveryArticleOfTheCorpusIntoOneSegment()
    {
        var corpus = Path.Combine(work, "corpus.jsonl");
        CorpusScaler.Write([BenchPaths.NewsCorpus], 500, corpus);
        var path = Path.Combine(work, "plain");

        var figures = new PlainLuceneIndexing(path, 16).Index(corpus);

        Assert.Equal(500, figures.Documents);
        using var directory = Lucene.Net.Store.FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(500, reader.NumDocs);
        Assert.Single(reader.Leaves);
        Assert.Equal(500, reader.GetDocCount("body"));
    }

    public void Dispose() => Directory.Delete(work, recursive: true);
}
