using System.CommandLine;
using Search.Core.Analysis;
using Search.Evaluation.Retrieval;

namespace Search.Evaluation;

/// <summary>
/// The command line: <c>stemmers [--corpus dir] [--sample n] [--seed n] [--max-df n]</c> and
/// <c>stemcheck [--corpus dir]</c>, both with <c>--lexicon</c> and <c>--reference-roots</c>; and
/// <c>relevance</c> (<see cref="Relevance.RelevanceCommandLine"/>).
/// </summary>
public static class EvaluationCommandLine
{
    public static RootCommand Build()
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "News corpus folder (JSON Lines, searched recursively).",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "corpus", "news"),
        };
        var lexicon = new Option<string>("--lexicon")
        {
            Description = "hunspell-id .dic (the .aff next to it is used by the hunspell baseline).",
            DefaultValueFactory = _ => AnalysisOptions.DefaultLexiconPath,
        };
        var referenceRoots = new Option<string>("--reference-roots")
        {
            Description = "Evaluation-only root list that defines 'the same root'.",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "lexicon", "kata-dasar.txt"),
        };
        var sample = new Option<int>("--sample") { Description = "Known-item queries.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the query sample.", DefaultValueFactory = _ => 42 };
        var maxDf = new Option<int>("--max-df") { Description = "Most articles a rare word occurs in.", DefaultValueFactory = _ => 20 };

        var stemmers = new Command("stemmers", "Known-item retrieval (MRR@10, Recall@10) with each analyzer.")
        {
            corpus, lexicon, referenceRoots, sample, seed, maxDf,
        };
        stemmers.SetAction(parse => StemmersCommand.Run(
            Settings(parse, corpus, lexicon, referenceRoots),
            new SamplerSettings(parse.GetValue(sample), parse.GetValue(seed), MaxDocumentFrequency: parse.GetValue(maxDf))));

        var stemcheck = new Command("stemcheck", "Share of affixed corpus words stemmed to a kata-dasar root, ours vs Tala.")
        {
            corpus, lexicon, referenceRoots,
        };
        stemcheck.SetAction(parse => StemCheckCommand.Run(Settings(parse, corpus, lexicon, referenceRoots)));

        return new RootCommand("Search evaluation: compares Indonesian stemmers on the shared news corpus.") { stemmers, stemcheck, Relevance.RelevanceCommandLine.Build() };
    }

    private static EvaluationSettings Settings(ParseResult parse, Option<string> corpus, Option<string> lexicon, Option<string> roots) =>
        new(parse.GetValue(corpus)!, parse.GetValue(lexicon)!, parse.GetValue(roots)!);
}
