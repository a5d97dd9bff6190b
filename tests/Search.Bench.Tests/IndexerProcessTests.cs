using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Bench.Engines;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Metadata;

namespace Search.Bench.Tests;

/// <summary>The bench's fresh-process indexing runs the real indexer binary and builds what the in-process writer builds.</summary>
public sealed class IndexerProcessTests : IDisposable
{
    private readonly string work = System.IO.Directory.CreateTempSubdirectory("bench-indexer-").FullName;

    [Fact]
    public void TheIndexerBinaryIndexesTheSameArticlesAsTheInProcessWriter()
    {
        var corpus = Path.Combine(BenchPaths.Repository!, "index-data", "sample", "jsonl", "warta-harian.jsonl");
        var inProcess = Path.Combine(work, "in-process");
        var fresh = Path.Combine(work, "fresh-process");
        IndexingFigures expected;
        using (var engine = new LuceneEngine(inProcess))
        {
            expected = engine.Index(corpus);
        }

        var figures = IndexerProcess.Index(IndexerDll(), corpus, fresh);

        Assert.Equal((20L, 20L), (expected.Documents, figures.Documents));
        Assert.Equal(StoredIds(inProcess), StoredIds(IndexLayout.LiveDirectory(fresh)));
        Assert.NotEqual(fresh, IndexLayout.LiveDirectory(fresh));
    }

    [Fact]
    public void GivenAMetadataRootTheIndexerBinaryTagsArticlesAsTheInProcessMetadataPassDoes()
    {
        var corpus = Path.Combine(BenchPaths.Repository!, "index-data", "sample", "jsonl", "warta-harian.jsonl");
        var inProcess = Path.Combine(work, "in-process");
        var fresh = Path.Combine(work, "fresh-process");
        // No models trained in this root: both learn the gazetteer and take topics from the keyword lists.
        var models = System.IO.Directory.CreateDirectory(Path.Combine(work, "models")).FullName;
        using (var engine = new LuceneEngine(inProcess, learnMetadata: records => new ArticleEnricher(
            new EntityExtractor(new PersonGazetteerBuilder().ObserveAll(records.Select(r => r.Article).OfType<Article>()).Build(), tagger: null),
            TopicClassifier.Default)))
        {
            engine.Index(corpus);
        }

        IndexerProcess.Index(IndexerDll(), corpus, fresh, models);

        var expected = StoredTags(inProcess);
        Assert.Equal(20, expected.Count);
        Assert.Contains(expected, tags => tags.Orgs.Length > 0);
        Assert.Equal(expected, StoredTags(IndexLayout.LiveDirectory(fresh)));
    }

    /// <summary>Each article's id, persons, organisations, places and topic.</summary>
    private static List<(string Id, string Persons, string Orgs, string Places, string? Topic)> StoredTags(string index)
    {
        using var directory = FSDirectory.Open(index);
        using var reader = DirectoryReader.Open(directory);
        return Enumerable.Range(0, reader.MaxDoc)
            .Select(doc => ArticleDocumentMapper.ToArticle(reader.Document(doc)))
            .Select(a => (a.Id, string.Join('|', a.Persons), string.Join('|', a.Orgs), string.Join('|', a.Places), a.Topic))
            .OrderBy(tags => tags.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static List<string> StoredIds(string index)
    {
        using var directory = FSDirectory.Open(index);
        using var reader = DirectoryReader.Open(directory);
        return Enumerable.Range(0, reader.MaxDoc).Select(doc => reader.Document(doc).Get(IndexSchema.Id)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The indexer built beside this test project, in the same configuration.</summary>
    private static string IndexerDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var dll = Path.Combine(BenchPaths.Repository!, "src", "Search.Indexer", "bin", testBin.Parent!.Name, testBin.Name, "Search.Indexer.dll");
        Assert.True(File.Exists(dll), $"indexer not built at {dll}");
        return dll;
    }

    public void Dispose() => System.IO.Directory.Delete(work, recursive: true);
}
