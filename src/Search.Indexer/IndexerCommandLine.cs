using System.CommandLine;

namespace Search.Indexer;

/// <summary>
/// The command line: <c>index &lt;path&gt;... [--index &lt;dir&gt;] [--rebuild]</c>.
/// </summary>
public static class IndexerCommandLine
{
    public static RootCommand Build()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Files or directories to read (.jsonl, .txt; directories recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var index = new Option<string?>("--index")
        {
            Description = "Index directory (default: Search:IndexPath from configuration, else index-data/index).",
        };
        var rebuild = new Option<bool>("--rebuild")
        {
            Description = "Start from an empty index instead of updating the existing one.",
        };
        var indexCommand = new Command("index", "Read articles and upsert them into the index by id.")
        {
            paths, index, rebuild,
        };
        indexCommand.SetAction(parse => IndexCommand.Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(index),
            parse.GetValue(rebuild)));
        return new RootCommand("Search indexer: builds the Lucene index of Indonesian news articles.") { indexCommand };
    }
}
