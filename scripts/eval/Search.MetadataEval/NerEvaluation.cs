using System.Globalization;
using System.Diagnostics;
using Search.Core.Metadata;
using Search.Core.Metadata.Tagging;

namespace Search.MetadataEval;

/// <summary>
/// Exact-span precision, recall and F1 of person mentions on the NER sets: NERGrit (cased, PERSON)
/// and NERP (lower case, PPL). The gazetteer is learned, without labels, from the news corpus and
/// the NER sentences of the splits before the one scored (train for valid; train and valid for
/// test); test sentences are never learned from.
/// </summary>
internal static class NerEvaluation
{
    private static readonly (string Name, string Folder, string Tag)[] Sets =
    [
        ("NERGrit (cased)", "indonlu-nergrit", "PERSON"),
        ("NERP (lower case)", "indonlu-nerp", "PPL"),
    ];

    /// <param name="training">How the tagger is trained, and whether NERGrit train is cross-validated instead.</param>
    public static void Run(string shared, bool useNews, int showErrors, string errorSplit, NerTraining training)
    {
        var builder = new PersonGazetteerBuilder();
        var clusterBuilder = new WordClusterBuilder { FineClusters = training.Clusters, CoarseClusters = Math.Max(1, training.Clusters / 8) };
        if (useNews)
        {
            foreach (var record in NewsRecord.ReadAll(Path.Combine(shared, "corpus", "news")))
            {
                builder.Observe(record.Title, record.Body);
                if (training.Clusters > 0)
                {
                    clusterBuilder.Observe((record.Title ?? "") + "\n" + record.Body);
                }
            }
        }

        var data = Sets.ToDictionary(
            s => s.Folder,
            s => new[] { "train", "valid", "test" }.ToDictionary(split => split, split => ConllSentence.Read(Path.Combine(shared, "corpus", "ner", s.Folder, split + "_preprocess.txt"))));
        ObserveSplit(builder, data, "train");
        var validGazetteer = builder.Build();
        var clusters = Clusters(clusterBuilder, training.Clusters);
        if (training.Folds > 1)
        {
            NerCrossValidation.Run(data["indonlu-nergrit"]["train"], ConllReader.Read(Path.Combine(shared, "corpus", "ner", "indonlu-nerp", "train_preprocess.txt")), validGazetteer, clusters, training);
            return;
        }

        var forValid = new EntityExtractor(validGazetteer, Tagger(shared, validGazetteer, training, ["train"], clusters));
        ObserveSplit(builder, data, "valid");
        var testGazetteer = builder.Build();
        var forTest = new EntityExtractor(testGazetteer, Tagger(shared, testGazetteer, training, ["train", "valid"], clusters));

        Console.WriteLine($"Person mentions, exact span. Gazetteer learned without labels from {(useNews ? "the news corpus and " : "")}the earlier NER splits.");
        Console.WriteLine();
        Console.WriteLine("| data set | split | gold | found | correct | precision | recall | F1 |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        var processor = TimeSpan.Zero;
        foreach (var (name, folder, tag) in Sets)
        {
            foreach (var split in errorSplit == "train" ? new[] { "train", "valid", "test" } : ["valid", "test"])
            {
                var extractor = split == "test" ? forTest : forValid;
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                var score = Score(extractor, data[folder][split], tag, split == errorSplit ? showErrors : 0);
                processor += Process.GetCurrentProcess().TotalProcessorTime - before;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {split} | {score.Gold} | {score.Found} | {score.Correct} | {score.Precision:0.000} | {score.Recall:0.000} | {score.F1:0.000} |"));
            }
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Extraction of the scored sentences took {processor.TotalSeconds:0.00} s of processor time"));
    }

    private static EntityTagger? Tagger(string shared, PersonGazetteer gazetteer, NerTraining training, string[] splits, WordClusters clusters)
    {
        var folders = Sets.Select(s => s.Folder).Where(training.Uses).ToList();
        if (training.Train == "none" || folders.Count == 0)
        {
            return null;
        }

        var sentences = folders.SelectMany(f => splits.SelectMany(split => ConllReader.Read(Path.Combine(shared, "corpus", "ner", f, split + "_preprocess.txt")))).ToList();
        var clock = Stopwatch.StartNew();
        var tagger = training.Trainer(gazetteer, clusters).Train(sentences, $"{string.Join('+', folders)} {string.Join('+', splits)}");
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Trained on {sentences.Count} sentences of {string.Join('+', folders)} {string.Join('+', splits)} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return tagger;
    }

    private static void ObserveSplit(PersonGazetteerBuilder builder, Dictionary<string, Dictionary<string, List<ConllSentence>>> data, string split)
    {
        foreach (var sets in data.Values)
        {
            foreach (var sentence in sets[split])
            {
                builder.Observe(ConllReader.Join(sentence.Tokens).Text);
            }
        }
    }

    private static WordClusters Clusters(WordClusterBuilder builder, int count)
    {
        if (count == 0)
        {
            return WordClusters.Empty;
        }

        var clock = Stopwatch.StartNew();
        var clusters = builder.Build();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Clustered {clusters.Count} words into {count} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return clusters;
    }

    public static SpanScore Score(EntityExtractor extractor, List<ConllSentence> sentences, string tag, int showErrors)
    {
        var score = new SpanScore();
        foreach (var sentence in sentences)
        {
            var (text, starts, ends) = ConllReader.Join(sentence.Tokens);
            var gold = sentence.Spans(tag).ToHashSet();
            var found = extractor.FindMentions(text)
                .Where(m => m.Kind == EntityKind.Person)
                .Select(m => (Start: Array.IndexOf(starts, m.Start), End: Array.IndexOf(ends, m.Start + m.Length) + 1))
                .ToHashSet();
            var correct = found.Count(f => gold.Contains(f));
            score.Add(gold.Count, found.Count, correct);
            if (showErrors > 0 && correct < Math.Max(gold.Count, found.Count))
            {
                showErrors--;
                Console.WriteLine($"  {text}");
                Console.WriteLine($"    gold:  {string.Join(" | ", gold.Select(s => Words(sentence, s)))}");
                Console.WriteLine($"    found: {string.Join(" | ", found.Select(s => s.Start < 0 || s.End <= 0 ? "(misaligned)" : Words(sentence, s)))}");
            }
        }

        return score;
    }

    private static string Words(ConllSentence sentence, (int Start, int End) span) =>
        string.Join(' ', sentence.Tokens.Skip(span.Start).Take(span.End - span.Start));
}
