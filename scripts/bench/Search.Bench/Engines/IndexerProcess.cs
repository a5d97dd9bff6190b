using System.Diagnostics;
using Search.Core.Indexing;

namespace Search.Bench.Engines;

/// <summary>
/// Our indexing as users run it: the indexer's own binary (<c>Search.Indexer.dll index --rebuild</c>) started as a
/// new process, timed from start to exit, so the figure includes what a fresh process pays (start-up, loading the
/// lexicon, compiling the code) and the indexer's own runtime settings. Metadata extraction is off, as in the
/// in-process run, so both figures measure the same work, unless a metadata root is given: then the indexer tags
/// persons, organisations, places and topics with the tagger and topic model trained there, as users run it.
/// </summary>
public static class IndexerProcess
{
    /// <param name="metadataRoot">An index root whose tagger and topic model (if trained there) the run uses; null for none and no metadata.</param>
    public static IndexingFigures Index(string indexerDll, string corpusPath, string indexRoot, string? metadataRoot = null)
    {
        if (Directory.Exists(indexRoot))
        {
            Directory.Delete(indexRoot, recursive: true);
        }
        if (metadataRoot is not null)
        {
            // The indexer finds its models in the root it writes to; the metadata root may be read-only, so they are copied (before the clock starts).
            Directory.CreateDirectory(indexRoot);
            foreach (var model in new[] { EntityTaggerStore.FileName, TopicModelStore.FileName }.Where(m => File.Exists(Path.Combine(metadataRoot, m))))
            {
                File.Copy(Path.Combine(metadataRoot, model), Path.Combine(indexRoot, model));
            }
        }
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { indexerDll, "index", corpusPath, "--index", indexRoot, "--rebuild" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Metadata__Extract"] = metadataRoot is null ? "false" : "true";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The indexer exited with {process.ExitCode}: {errors.Result}{output.Result}");
        }
        var live = IndexLayout.LiveDirectory(indexRoot);
        using var directory = Lucene.Net.Store.FSDirectory.Open(live);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        return new IndexingFigures(reader.NumDocs, seconds, new FileInfo(corpusPath).Length, LuceneEngine.DirectoryBytes(live));
    }
}
