using System.Globalization;

namespace Search.MetadataEval;

/// <summary>Accuracy, macro-F1, per-topic precision/recall/F1 and the confusion matrix of gold and predicted topics.</summary>
internal sealed class TopicScoreTable
{
    private readonly Dictionary<(string Gold, string Predicted), int> confusion = [];

    private readonly IReadOnlyList<string> topics;

    public TopicScoreTable(IReadOnlyList<string> topics, IEnumerable<(string Gold, string Predicted)> pairs)
    {
        this.topics = topics;
        foreach (var pair in pairs)
        {
            confusion[pair] = confusion.GetValueOrDefault(pair) + 1;
        }
    }

    public int Total => confusion.Values.Sum();

    public double Accuracy => (double)confusion.Where(kv => kv.Key.Gold == kv.Key.Predicted).Sum(kv => kv.Value) / Total;

    /// <summary>The mean F1 over the topics that have gold articles.</summary>
    public double MacroF1 => topics.Where(t => Gold(t) > 0).Select(F1).Average();

    public int Gold(string topic) => confusion.Where(kv => kv.Key.Gold == topic).Sum(kv => kv.Value);

    public double Precision(string topic)
    {
        var found = confusion.Where(kv => kv.Key.Predicted == topic).Sum(kv => kv.Value);
        return found == 0 ? 0 : (double)confusion.GetValueOrDefault((topic, topic)) / found;
    }

    public double Recall(string topic) => Gold(topic) == 0 ? 0 : (double)confusion.GetValueOrDefault((topic, topic)) / Gold(topic);

    public double F1(string topic)
    {
        var (p, r) = (Precision(topic), Recall(topic));
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public void PrintPerTopic()
    {
        Console.WriteLine("| topic | articles | precision | recall | F1 |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var topic in topics.Where(t => Gold(t) > 0))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {topic} | {Gold(topic)} | {Precision(topic):0.000} | {Recall(topic):0.000} | {F1(topic):0.000} |"));
        }
    }

    /// <summary>Rows: the label's topic; columns: the model's, by the first four letters of each topic.</summary>
    public void PrintConfusion()
    {
        var shown = topics.Where(t => Gold(t) > 0 || confusion.Keys.Any(k => k.Predicted == t)).ToList();
        Console.WriteLine("| label \\ model | " + string.Join(" | ", shown.Select(Short)) + " |");
        Console.WriteLine("|---|" + string.Concat(shown.Select(_ => "---:|")));
        foreach (var gold in shown)
        {
            Console.WriteLine($"| {gold} | " + string.Join(" | ", shown.Select(p => Cell(gold, p))) + " |");
        }
    }

    private string Cell(string gold, string predicted)
    {
        var count = confusion.GetValueOrDefault((gold, predicted));
        var text = count.ToString(CultureInfo.InvariantCulture);
        return gold == predicted ? $"**{text}**" : count == 0 ? "." : text;
    }

    private static string Short(string topic) => topic.Length <= 4 ? topic : topic[..4];
}
