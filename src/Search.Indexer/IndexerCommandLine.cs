using System.CommandLine;

namespace Search.Indexer;

/// <summary>
/// The command line: <c>index &lt;path&gt;... [--index &lt;dir&gt;] [--rebuild]</c>,
/// <c>snapshot &lt;destination&gt; [--index &lt;dir&gt;]</c>, <c>verify [--index &lt;dir&gt;] [--full]</c>,
/// <c>train-entities &lt;conll-file&gt;... [--index &lt;dir&gt;] [--epochs N] [--corpus &lt;path&gt;...] [--clusters N]</c>, <c>train-topics &lt;path&gt;... [--index &lt;dir&gt;]</c>.
/// </summary>
public static class IndexerCommandLine
{
    public static RootCommand Build()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Files or directories to read (.jsonl, .txt, .html, .htm; directories recursively).",
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
        return new RootCommand("Search indexer: builds the Lucene index of Indonesian news articles.")
        {
            indexCommand, SnapshotCommandLine(), VerifyCommandLine(), TrainEntitiesCommandLine(), TrainTopicsCommandLine(),
        };
    }

    private static Command SnapshotCommandLine()
    {
        var destination = new Argument<string>("destination") { Description = "New directory to copy the index's latest commit into." };
        var index = IndexOption();
        var command = new Command("snapshot", "Copy the live index's latest commit into a new directory, safely while it is served and written.")
        {
            destination, index,
        };
        command.SetAction(parse => SnapshotCommand.Run(parse.GetValue(destination)!, parse.GetValue(index)));
        return command;
    }

    private static Command VerifyCommandLine()
    {
        var index = IndexOption();
        var full = new Option<bool>("--full") { Description = "Print Lucene's whole CheckIndex report, segment by segment." };
        var command = new Command("verify", "Check the live index with Lucene's CheckIndex (never changes it).") { index, full };
        command.SetAction(parse => VerifyCommand.Run(parse.GetValue(index), parse.GetValue(full)));
        return command;
    }

    private static Command TrainEntitiesCommandLine()
    {
        var files = new Argument<string[]>("file")
        {
            Description = "Labelled CoNLL files: token<TAB>BIO-tag lines, blank line between sentences.",
            Arity = ArgumentArity.OneOrMore,
        };
        var index = IndexOption();
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training sentences.", DefaultValueFactory = _ => 10 };
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "The archive's articles (files or directories), to learn word clusters from for the tagger's features.",
            AllowMultipleArgumentsPerToken = true,
        };
        var clusters = new Option<int>("--clusters") { Description = "Fine word clusters learned from --corpus (0: none).", DefaultValueFactory = _ => 256 };
        var spanFolds = new Option<int>("--span-folds")
        {
            Description = "Folds of the training files over which the second stage that keeps, drops or adds whole person spans is fitted (0: none).",
            DefaultValueFactory = _ => 5,
        };
        var command = new Command("train-entities", "Train the person/organisation/place tagger and store it in the index root.") { files, index, epochs, corpus, clusters, spanFolds };
        command.SetAction(parse => TrainEntitiesCommand.Run(
            parse.GetValue(files) ?? [], parse.GetValue(index), parse.GetValue(epochs), parse.GetValue(corpus) ?? [], parse.GetValue(clusters), parse.GetValue(spanFolds)));
        return command;
    }

    private static Command TrainTopicsCommandLine()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Labelled articles: files or directories (.jsonl, .txt; directories recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var index = IndexOption();
        var command = new Command("train-topics", "Train the topic model on articles whose section label the topic map knows; it is written to the index directory.")
        {
            paths, index,
        };
        command.SetAction(parse => TrainTopicsCommand.Run(parse.GetValue(paths) ?? [], parse.GetValue(index)));
        return command;
    }

    private static Option<string?> IndexOption() => new("--index")
    {
        Description = "Index directory (default: Search:IndexPath from configuration, else index-data/index).",    };
}
