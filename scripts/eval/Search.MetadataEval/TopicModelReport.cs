using System.Diagnostics;
using System.Globalization;
using Search.Core.Metadata;

namespace Search.MetadataEval;

/// <summary>
/// The topic model's table: 5-fold cross-validation on the labelled shared corpus (accuracy, macro-F1,
/// per-topic P/R/F1, confusion matrix) with the options <c>train-topics</c> uses by default, or with
/// <c>--algorithm nb|cnb|lr --title-weight W --lead-weight W --bigrams true|false --min-df N</c>; <c>--compare</c> prints
/// accuracy and macro-F1 of a set of alternatives instead.
/// </summary>
internal static class TopicModelReport
{
    private const int Folds = 5;

    public static void Run(string shared, Func<string, string?> arg)
    {
        var clock = Stopwatch.StartNew();
        var corpus = LabelledCorpus.Load(shared, Folds);
        var topics = TopicClassifier.Default.Topics.Select(t => t.Id).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Topic model, {Folds}-fold cross-validation (folds by a hash of the id) on the {corpus.Articles.Count} articles whose section label the topic map knows, each labelled with its label's topic ({corpus.Articles.Count(a => a.BroadLabel)} of them under a broad label, before any narrowing); left out: {corpus.Unlabelled} with no or an unknown label. Analysed in {clock.Elapsed.TotalSeconds:0.0} s."));
        Console.WriteLine();
        if (arg("--compare") is not null)
        {
            Compare(corpus, topics);
            return;
        }

        if (arg("--sweep") is { } sweep)
        {
            Sweep(corpus, topics, sweep);
            return;
        }

        var options = Options(arg);
        clock.Restart();
        var (predicted, siteUnknown) = TopicCrossValidation.Predict(corpus, options, Folds);
        var table = new TopicScoreTable(topics, corpus.Articles.Select((a, i) => (a.Topic, predicted[i])));
        if (arg("--dump") is { Length: > 0 } dump)
        {
            File.WriteAllLines(dump, corpus.Articles.Select((a, i) => $"{a.Id}\t{a.Source}\t{a.Label}\t{a.Topic}\t{predicted[i]}\t{siteUnknown[i]}"));
        }

        var unknownTable = new TopicScoreTable(topics, corpus.Articles.Select((a, i) => (a.Topic, siteUnknown[i])));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Describe(options)}: accuracy {table.Accuracy:0.000}, macro-F1 {table.MacroF1:0.000} ({table.Total} articles; {Folds} folds trained and classified in {clock.Elapsed.TotalSeconds:0.0} s)."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"The same models on the same articles with the site unknown (no source features: an article from a site never trained on): accuracy {unknownTable.Accuracy:0.000}, macro-F1 {unknownTable.MacroF1:0.000}."));
        Console.WriteLine();
        var broad = corpus.Articles.Count(a => a.BroadLabel);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Of which under labels that fix a topic (no narrowing allowed): accuracy {SpecificAccuracy(corpus, predicted):0.000} on {corpus.Articles.Count - broad}; under broad labels: {(double)corpus.Articles.Where((a, i) => a.BroadLabel && a.Topic == predicted[i]).Count() / broad:0.000} on {broad}."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Second reading, not the bar: counting an article under a broad label as right when the model picks a topic the map lets that label be narrowed to, accuracy {AllowedAccuracy(corpus, predicted):0.000}."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Diagnostic, not the bar: counting confusions inside {string.Join(", ", OverlappingGroups.Select(g => "{" + string.Join(", ", g) + "}"))} as agreement, accuracy would be {GroupAccuracy(corpus, predicted):0.000}."));
        Console.WriteLine();
        table.PrintPerTopic();
        Console.WriteLine();
        table.PrintConfusion();
        if (arg("--labels") is { } top)
        {
            Console.WriteLine();
            PrintLabels(corpus, predicted, int.Parse(top, CultureInfo.InvariantCulture));
        }
        var (model, training, speed, withoutNeighbours) = TopicCrossValidation.TimeFullTraining(corpus, options);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Training on all {corpus.Articles.Count} articles, analysis included: {training.TotalSeconds:0.0} s ({model.VocabularySize} features). Classifying from text: {speed:0} articles/s on one thread{(withoutNeighbours is { } plain ? $" ({plain:0} articles/s for the same model without its neighbours, in this run)" : "")}."));
    }

    /// <summary>The labels whose articles the model most often puts elsewhere: where a mapping may be wrong.</summary>
    private static void PrintLabels(LabelledCorpus corpus, string[] predicted, int top)
    {
        Console.WriteLine("| source / label / sub-label | label's topic | articles | agree | model's other topics |");
        Console.WriteLine("|---|---|---:|---:|---|");
        var byLabel = corpus.Articles.Select((a, i) => (a, p: predicted[i])).GroupBy(x => x.a.Label)
            .Select(g => (Label: g.Key, Topic: g.First().a.Topic, Count: g.Count(), Agree: g.Count(x => x.p == x.a.Topic),
                Others: g.Where(x => x.p != x.a.Topic).GroupBy(x => x.p).OrderByDescending(o => o.Count()).Take(3).Select(o => $"{o.Key} {o.Count()}")))
            .OrderByDescending(l => l.Count - l.Agree).Take(top);
        foreach (var (label, topic, count, agree, others) in byLabel)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {topic} | {count} | {(double)agree / count:0.00} | {string.Join(", ", others)} |"));
        }
    }

    /// <summary>
    /// <c>--sweep "--epochs 30 --l2 1e-7; --title-weight 2"</c>: each variant (options as on the command line,
    /// the rest at their defaults) cross-validated on the same folds, one row each.
    /// </summary>
    private static void Sweep(LabelledCorpus corpus, List<string> topics, string sweep)
    {
        var variants = sweep.Split(';').Select(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(tokens =>
            Options(name => Array.IndexOf(tokens, name) is var i and >= 0 ? (i + 1 < tokens.Length ? tokens[i + 1] : "") : null));
        PrintRows(corpus, topics, variants);
    }

    private static void PrintRows(LabelledCorpus corpus, List<string> topics, IEnumerable<TopicModelOptions> variants)
    {
        Console.WriteLine("| model | accuracy | macro-F1 | accuracy under labels that fix a topic | accuracy accepting a topic the label allows | accuracy, site unknown |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        var clock = Stopwatch.StartNew();
        var rows = variants.ToList();
        foreach (var (options, (predicted, siteUnknown)) in rows.Zip(TopicCrossValidation.PredictAll(corpus, rows, Folds)))
        {
            var table = new TopicScoreTable(topics, corpus.Articles.Select((a, i) => (a.Topic, predicted[i])));
            var unknown = (double)corpus.Articles.Where((a, i) => a.Topic == siteUnknown[i]).Count() / corpus.Articles.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Describe(options)} | {table.Accuracy:0.000} | {table.MacroF1:0.000} | {SpecificAccuracy(corpus, predicted):0.000} | {AllowedAccuracy(corpus, predicted):0.000} | {unknown:0.000} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"({rows.Count} rows in {clock.Elapsed.TotalSeconds:0} s; rows that differ only in the neighbours' settings share one trained model per fold.)"));
    }

    private static void Compare(LabelledCorpus corpus, List<string> topics)
    {
        var basis = new TopicModelOptions();
        var textOnly = basis with { SourceFeature = false, SourceTerms = false, TopicBalance = 0 };
        var variants = new List<TopicModelOptions>
        {
            textOnly with { Algorithm = TopicAlgorithm.NaiveBayes, Smoothing = 0.02 },
            textOnly with { Algorithm = TopicAlgorithm.ComplementNaiveBayes, Smoothing = 0.1 },
            textOnly,
            textOnly with { TopicBalance = 0.5 },
            textOnly with { SourceFeature = true },
            basis with { TopicBalance = 0 },
            basis,
        };
        PrintRows(corpus, topics, variants);
    }

    /// <summary>Topics whose sections share content across sites (a site's "Nasional" carries politics, law and regions).</summary>
    private static readonly string[][] OverlappingGroups =
    [
        ["nasional", "politik", "hukum-kriminal", "daerah"],
        ["olahraga", "sepak-bola"],
        ["hiburan-selebriti", "gaya-hidup", "kesehatan", "travel"],
    ];

    private static double GroupAccuracy(LabelledCorpus corpus, string[] predicted) =>
        (double)corpus.Articles.Where((a, i) => a.Topic == predicted[i] || OverlappingGroups.Any(g => g.Contains(a.Topic) && g.Contains(predicted[i]))).Count() / corpus.Articles.Count;

    /// <summary>
    /// A second reading, not the bar: an article under a broad label ("News", "tajuk utama") counts as right when the
    /// model picks any topic the map lets that label be narrowed to.
    /// </summary>
    private static double AllowedAccuracy(LabelledCorpus corpus, string[] predicted) =>
        (double)corpus.Articles.Where((a, i) => a.Allowed.Contains(predicted[i])).Count() / corpus.Articles.Count;

    private static double SpecificAccuracy(LabelledCorpus corpus, string[] predicted) =>
        (double)corpus.Articles.Where((a, i) => !a.BroadLabel && a.Topic == predicted[i]).Count() / corpus.Articles.Count(a => !a.BroadLabel);

    private static TopicModelOptions Options(Func<string, string?> arg)
    {
        var options = new TopicModelOptions();
        return options with
        {
            Algorithm = arg("--algorithm") switch
            {
                null => options.Algorithm,
                "nb" => TopicAlgorithm.NaiveBayes,
                "cnb" => TopicAlgorithm.ComplementNaiveBayes,
                "lr" => TopicAlgorithm.LogisticRegression,
                var other => throw new ArgumentException($"--algorithm must be nb, cnb or lr, not '{other}'."),
            },
            LeadWeight = arg("--lead-weight") is { } lw ? float.Parse(lw, CultureInfo.InvariantCulture) : options.LeadWeight,
            TitleWeight = arg("--title-weight") is { } w ? float.Parse(w, CultureInfo.InvariantCulture) : options.TitleWeight,
            Bigrams = arg("--bigrams") is { } b ? bool.Parse(b) : options.Bigrams,
            MinDocumentFrequency = arg("--min-df") is { } m ? int.Parse(m, CultureInfo.InvariantCulture) : options.MinDocumentFrequency,
            Epochs = arg("--epochs") is { } e ? int.Parse(e, CultureInfo.InvariantCulture) : options.Epochs,
            L2 = arg("--l2") is { } l ? double.Parse(l, CultureInfo.InvariantCulture) : options.L2,
            LearningRate = arg("--rate") is { } r ? double.Parse(r, CultureInfo.InvariantCulture) : options.LearningRate,
            RateDecay = arg("--decay") is { } d ? double.Parse(d, CultureInfo.InvariantCulture) : options.RateDecay,
            TopicBalance = arg("--balance") is { } tb ? double.Parse(tb, CultureInfo.InvariantCulture) : options.TopicBalance,
            SourceFeature = arg("--source") is { } sf ? bool.Parse(sf) : options.SourceFeature,
            SourceTerms = arg("--source-terms") is { } st ? bool.Parse(st) : options.SourceTerms,
            Neighbours = arg("--neighbours") is { } nb ? int.Parse(nb, CultureInfo.InvariantCulture) : options.Neighbours,
            NeighbourWeight = arg("--neighbour-weight") is { } nw ? double.Parse(nw, CultureInfo.InvariantCulture) : options.NeighbourWeight,
            Smoothing = arg("--alpha") is { } a ? double.Parse(a, CultureInfo.InvariantCulture) : options.Smoothing,
        };
    }

    private static string Describe(TopicModelOptions o) => o.Algorithm switch
    {
        TopicAlgorithm.NaiveBayes => "naive Bayes",
        TopicAlgorithm.ComplementNaiveBayes => "complement naive Bayes",
        _ => "logistic regression",
    } + string.Create(CultureInfo.InvariantCulture, $", {(o.Bigrams ? "terms + bigrams" : "terms")}, headline ×{o.TitleWeight}, lead +{o.LeadWeight}, min df {o.MinDocumentFrequency}")
      + (o.Algorithm == TopicAlgorithm.LogisticRegression ? string.Create(CultureInfo.InvariantCulture, $", {o.Epochs} epochs, rate {o.LearningRate} decay {o.RateDecay}, L2 {o.L2}, balance {o.TopicBalance}{(o.Neighbours > 0 ? $", {o.Neighbours} nearest of the site ×{o.NeighbourWeight}" : "")}{(o.SourceFeature ? ", source host" : "")}{(o.SourceTerms ? " × terms" : "")}") : string.Create(CultureInfo.InvariantCulture, $", α {o.Smoothing}"));
}
