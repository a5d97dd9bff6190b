using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Tests.Ingestion;

namespace Search.Indexer.Tests;

/// <summary>Indexing the real shared data end to end through the command.</summary>
public sealed class CorpusIndexingTests : IDisposable
{
    private readonly string indexDir = Path.Combine(Path.GetTempPath(), "search-corpus-test-" + Guid.NewGuid().ToString("N"));

    [SharedDataFact]
    public void WholeNewsCorpusAndTheSeedIndexWithoutRejections()
    {
        var exit = IndexCommand.Run([SharedData.PathTo(SharedData.NewsCorpus), SharedData.PathTo(SharedData.SeedFile)], indexDir, rebuild: true);

        Assert.Equal(0, exit);
        using var directory = FSDirectory.Open(Search.Core.Indexing.IndexLayout.LiveDirectory(indexDir));
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(27_128, reader.NumDocs);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(indexDir))
        {
            System.IO.Directory.Delete(indexDir, recursive: true);
        }
    }
}
