using System.Diagnostics;
using System.Globalization;
using Search.Core.Metadata;

namespace Search.MetadataEval;

/// <summary>
/// The topic model's table: 5-fold cross-validation on the labelled shared corpus (accuracy, macro-F1,
/// per-topic P/R/F1, confusion matrix) with the options <c>train-topics</c> uses by default, or with
/// <c>--algorithm nb|cnb|lr --title-weight W --bigrams true|false --min-df N</c>; <c>--compare</c> prints
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

        var options = Options(arg);
        clock.Restart();
        var predicted = TopicCrossValidation.Predict(corpus, options, Folds);
        var table = new TopicScoreTable(topics, corpus.Articles.Select((a, i) => (a.Topic, predicted[i])));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Describe(options)}: accuracy {table.Accuracy:0.000}, macro-F1 {table.MacroF1:0.000} ({table.Total} articles; {Folds} folds trained and classified in {clock.Elapsed.TotalSeconds:0.0} s)."));
        Console.WriteLine();
        var broad = corpus.Articles.Count(a => a.BroadLabel);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Of which under labels that fix a topic (no narrowing allowed): accuracy {SpecificAccuracy(corpus, predicted):0.000} on {corpus.Articles.Count - broad}; under broad labels: {(double)corpus.Articles.Where((a, i) => a.BroadLabel && a.Topic == predicted[i]).Count() / broad:0.000} on {broad}."));
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
        var (model, training, speed) = TopicCrossValidation.TimeFullTraining(corpus, options);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Training on all {corpus.Articles.Count} articles, analysis included: {training.TotalSeconds:0.0} s ({model.VocabularySize} features). Classifying from text: {speed:0} articles/s on one thread."));
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

    private static void Compare(LabelledCorpus corpus, List<string> topics)
    {
        Console.WriteLine("| model | accuracy | macro-F1 | accuracy under labels that fix a topic | seconds |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var basis = new TopicModelOptions();
        var variants = new List<TopicModelOptions>
        {
            basis with { Algorithm = TopicAlgorithm.NaiveBayes, Smoothing = 0.1 },
            basis with { Algorithm = TopicAlgorithm.NaiveBayes, Smoothing = 0.02 },
            basis with { Algorithm = TopicAlgorithm.ComplementNaiveBayes, Smoothing = 0.1 },
            basis with { Algorithm = TopicAlgorithm.LogisticRegression, Epochs = 12, L2 = 1e-5, LearningRate = 0.5 },
            basis with { Algorithm = TopicAlgorithm.LogisticRegression, Epochs = 20, L2 = 1e-6, LearningRate = 2 },
            basis with { Algorithm = TopicAlgorithm.LogisticRegression, Epochs = 30, L2 = 1e-7, LearningRate = 4 },
            basis with { Algorithm = TopicAlgorithm.LogisticRegression, Epochs = 20, L2 = 1e-6, LearningRate = 2, TitleWeight = 1 },
        };
        foreach (var options in variants)
        {
            var clock = Stopwatch.StartNew();
            var predicted = TopicCrossValidation.Predict(corpus, options, Folds);
            var table = new TopicScoreTable(topics, corpus.Articles.Select((a, i) => (a.Topic, predicted[i])));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Describe(options)} | {table.Accuracy:0.000} | {table.MacroF1:0.000} | {SpecificAccuracy(corpus, predicted):0.000} | {clock.Elapsed.TotalSeconds:0} |"));
        }
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
            TitleWeight = arg("--title-weight") is { } w ? float.Parse(w, CultureInfo.InvariantCulture) : options.TitleWeight,
            Bigrams = arg("--bigrams") is { } b ? bool.Parse(b) : options.Bigrams,
            MinDocumentFrequency = arg("--min-df") is { } m ? int.Parse(m, CultureInfo.InvariantCulture) : options.MinDocumentFrequency,
            Epochs = arg("--epochs") is { } e ? int.Parse(e, CultureInfo.InvariantCulture) : options.Epochs,
            L2 = arg("--l2") is { } l ? double.Parse(l, CultureInfo.InvariantCulture) : options.L2,
            Smoothing = arg("--alpha") is { } a ? double.Parse(a, CultureInfo.InvariantCulture) : options.Smoothing,
        };
    }

    private static string Describe(TopicModelOptions o) => o.Algorithm switch
    {
        TopicAlgorithm.NaiveBayes => "naive Bayes",
        TopicAlgorithm.ComplementNaiveBayes => "complement naive Bayes",
        _ => "logistic regression",
    } + string.Create(CultureInfo.InvariantCulture, $", {(o.Bigrams ? "terms + bigrams" : "terms")}, headline ×{o.TitleWeight}, min df {o.MinDocumentFrequency}")
      + (o.Algorithm == TopicAlgorithm.LogisticRegression ? string.Create(CultureInfo.InvariantCulture, $", {o.Epochs} epochs, rate {o.LearningRate}, L2 {o.L2}") : string.Create(CultureInfo.InvariantCulture, $", α {o.Smoothing}"));
}
