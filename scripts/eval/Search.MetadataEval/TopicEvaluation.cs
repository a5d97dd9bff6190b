using System.Globalization;
using Search.Core.Metadata;

namespace Search.MetadataEval;

/// <summary>
/// Topics over the shared news corpus: coverage, how each topic was decided, articles per topic,
/// and how often the keyword fallback alone agrees with the topic an unambiguous label gives
/// (the labelled articles stand in for the unlabelled ones the fallback serves).
/// </summary>
internal static class TopicEvaluation
{
    public static void Run(string shared)
    {
        var classifier = TopicClassifier.Default;
        var perTopic = new Dictionary<string, int>(StringComparer.Ordinal);
        var perBasis = new Dictionary<TopicBasis, int>();
        var unlisted = new Dictionary<string, int>(StringComparer.Ordinal);
        var agreement = new SpanScore();
        var confusion = new Dictionary<(string Gold, string Text), int>();
        var total = 0;
        foreach (var record in NewsRecord.ReadAll(Path.Combine(shared, "corpus", "news")))
        {
            total++;
            var title = record.Title ?? record.TitleFromUrl;
            var assignment = classifier.Classify(record.Source, record.Category, record.Subcategory, title, record.Body);
            perTopic[assignment.Topic] = perTopic.GetValueOrDefault(assignment.Topic) + 1;
            perBasis[assignment.Basis] = perBasis.GetValueOrDefault(assignment.Basis) + 1;
            if (record.Category is null || !classifier.IsMapped(record.Source, record.Category, record.Subcategory))
            {
                var label = $"{record.Source} / {record.Category ?? "(none)"} / {record.Subcategory ?? "-"}";
                unlisted[label] = unlisted.GetValueOrDefault(label) + 1;
            }

            if (assignment.Basis == TopicBasis.Label)
            {
                var text = classifier.ClassifyText(title, record.Body);
                confusion[(assignment.Topic, text)] = confusion.GetValueOrDefault((assignment.Topic, text)) + 1;
            }
        }

        var covered = perTopic.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Articles: {total}; with a topic: {covered} ({100.0 * covered / total:0.00} %)."));
        Console.WriteLine($"Decided by label: {perBasis.GetValueOrDefault(TopicBasis.Label)}; by a broad label narrowed by keywords: {perBasis.GetValueOrDefault(TopicBasis.RefinedLabel)}; by keywords alone (no or unknown label): {perBasis.GetValueOrDefault(TopicBasis.Text)}.");
        Console.WriteLine($"Labels the map does not list per source: {(unlisted.Count == 0 ? "none" : string.Join("; ", unlisted.Select(kv => $"{kv.Key} ({kv.Value})")))}.");
        Console.WriteLine();
        Console.WriteLine("| topic | articles | share | keyword fallback agrees with the label |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var topic in classifier.Topics)
        {
            var count = perTopic.GetValueOrDefault(topic.Id);
            var labelled = confusion.Where(kv => kv.Key.Gold == topic.Id).Sum(kv => kv.Value);
            var agree = confusion.GetValueOrDefault((topic.Id, topic.Id));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {topic.Id} | {count} | {100.0 * count / total:0.0} % | {(labelled == 0 ? "-" : $"{100.0 * agree / labelled:0.0} % of {labelled}")} |"));
        }

        var all = confusion.Values.Sum();
        var correct = confusion.Where(kv => kv.Key.Gold == kv.Key.Text).Sum(kv => kv.Value);
        var f1 = classifier.Topics.Select(t => F1(confusion, t.Id)).Where(f => f is not null).Select(f => f!.Value).DefaultIfEmpty(0).Average();
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Keyword fallback on {all} articles whose label fixes the topic: accuracy {(double)correct / all:0.000}, macro-F1 {f1:0.000}."));
    }

    private static double? F1(Dictionary<(string Gold, string Text), int> confusion, string topic)
    {
        var tp = confusion.GetValueOrDefault((topic, topic));
        var gold = confusion.Where(kv => kv.Key.Gold == topic).Sum(kv => kv.Value);
        var found = confusion.Where(kv => kv.Key.Text == topic).Sum(kv => kv.Value);
        if (gold == 0)
        {
            return null;
        }

        var precision = found == 0 ? 0 : (double)tp / found;
        var recall = (double)tp / gold;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
