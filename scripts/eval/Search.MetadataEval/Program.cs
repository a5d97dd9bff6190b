using Search.MetadataEval;

// Search.MetadataEval ner [--no-news] [--train both|nergrit|nerp|none] [--epochs 10] [--types PERSON[,ORGANISATION,PLACE]] [--clusters 256] [--case-weights true|false] [--folds K] [--seed 17] [--span-folds 5] [--errors N --split valid|train] [--shared DIR]
// Search.MetadataEval topics [--compare | --algorithm nb|cnb|lr --title-weight W --lead-weight W --bigrams true|false --min-df N --epochs N --l2 X --alpha X] [--shared DIR]
// Search.MetadataEval entities [--top 50] [--tagger FILE] [--shared DIR]
var shared = SharedCorpus.Locate(ArgValue(args, "--shared"));
switch (args.FirstOrDefault())
{
    case "ner":
        var split = ArgValue(args, "--split") ?? "valid";
        if (split == "test")
        {
            Console.Error.WriteLine("Errors are shown for train or valid only: nothing is tuned on test.");
            return 2;
        }

        NerEvaluation.Run(
            shared,
            !args.Contains("--no-news"),
            int.Parse(ArgValue(args, "--errors") ?? "0", System.Globalization.CultureInfo.InvariantCulture),
            split,
            new NerTraining(
                ArgValue(args, "--train") ?? "both",
                int.Parse(ArgValue(args, "--epochs") ?? "10", System.Globalization.CultureInfo.InvariantCulture),
                (ArgValue(args, "--types") ?? "PERSON").Split(','),
                int.Parse(ArgValue(args, "--clusters") ?? "256", System.Globalization.CultureInfo.InvariantCulture),
                ArgValue(args, "--case-weights") != "false",
                int.Parse(ArgValue(args, "--folds") ?? "0", System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(ArgValue(args, "--errors") ?? "0", System.Globalization.CultureInfo.InvariantCulture))
            {
                Seed = int.Parse(ArgValue(args, "--seed") ?? "17", System.Globalization.CultureInfo.InvariantCulture),
                SpanFolds = int.Parse(ArgValue(args, "--span-folds") ?? "5", System.Globalization.CultureInfo.InvariantCulture),
            });
        return 0;
    case "entities":
        CorpusEntitiesReport.Run(shared, int.Parse(ArgValue(args, "--top") ?? "50", System.Globalization.CultureInfo.InvariantCulture), ArgValue(args, "--tagger"));
        return 0;
    case "topics":
        if (!args.Contains("--sweep"))
        {
            TopicEvaluation.Run(shared);
            Console.WriteLine();
        }

        TopicModelReport.Run(shared, name => args.Contains(name) ? ArgValue(args, name) ?? "" : null);
        return 0;
    default:
        Console.Error.WriteLine("usage: Search.MetadataEval ner [--no-news] [--train both|nergrit|nerp|none] [--epochs 10] [--types PERSON[,ORGANISATION,PLACE]] [--clusters 256] [--case-weights true|false] [--folds K] [--seed 17] [--span-folds 5] [--errors N --split valid|train] [--shared DIR]");
        Console.Error.WriteLine("       Search.MetadataEval topics [--compare | --algorithm nb|cnb|lr --title-weight W --lead-weight W --bigrams true|false --min-df N --epochs N --l2 X --alpha X] [--shared DIR]");
        Console.Error.WriteLine("       Search.MetadataEval entities [--top 50] [--tagger FILE] [--shared DIR]");
        return 2;
}

static string? ArgValue(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
