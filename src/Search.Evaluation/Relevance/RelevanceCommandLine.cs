using System.CommandLine;
using Search.Core.Analysis;

namespace Search.Evaluation.Relevance;

/// <summary>
/// The <c>relevance</c> verb: <c>relevance [--corpus dir] [--lexicon dic] [--reference-roots txt]
/// [--articles n] [--seed n] [--misspellings n] [--completions n] [--systems product,fts5,...] [--dump file.tsv]</c>.
/// Exit code 1 when a bar fails.
/// </summary>
public static class RelevanceCommandLine
{
    public static Command Build()
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "News corpus folder (JSON Lines, searched recursively).",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "corpus", "news"),
        };
        var lexicon = new Option<string>("--lexicon")
        {
            Description = "hunspell-id .dic, the product's root lexicon.",
            DefaultValueFactory = _ => AnalysisOptions.DefaultLexiconPath,
        };
        var referenceRoots = new Option<string>("--reference-roots")
        {
            Description = "Evaluation-only root list that defines 'the same root' for type (c) queries.",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "lexicon", "kata-dasar.txt"),
        };
        var articles = new Option<int>("--articles") { Description = "Target articles (4 queries each).", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Seed of every random choice.", DefaultValueFactory = _ => 42 };
        var misspellings = new Option<int>("--misspellings") { Description = "Generated misspellings for did-you-mean.", DefaultValueFactory = _ => 400 };
        var completions = new Option<int>("--completions") { Description = "Typed prefixes for the autocomplete latency.", DefaultValueFactory = _ => 5000 };

        var systems = new Option<string[]>("--systems")
        {
            Description = "Systems to build, comma-separated: product, analyzer, tala, standard, fts5 (default all). The bars compare the product with the baselines built.",
            AllowMultipleArgumentsPerToken = true,
        };
        var dump = new Option<string?>("--dump") { Description = "Write every query's rank and ten best ids per system to this TSV file." };

        var command = new Command("relevance", "Known-item MRR@10/Recall@10 per query type vs Tala, Standard and SQLite FTS5; did-you-mean accuracy; autocomplete latency.")
        {
            corpus, lexicon, referenceRoots, articles, seed, misspellings, completions, systems, dump,
        };
        command.SetAction(parse => RelevanceCommand.Run(
            new EvaluationSettings(parse.GetValue(corpus)!, parse.GetValue(lexicon)!, parse.GetValue(referenceRoots)!),
            new RelevanceSettings(parse.GetValue(articles), parse.GetValue(seed), parse.GetValue(misspellings), parse.GetValue(completions),
                Systems(parse.GetValue(systems)), parse.GetValue(dump))));
        return command;
    }

    private static HashSet<string>? Systems(string[]? keys)
    {
        var set = (keys ?? []).SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(k => k.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return set.Count == 0 ? null : set;
    }
}
