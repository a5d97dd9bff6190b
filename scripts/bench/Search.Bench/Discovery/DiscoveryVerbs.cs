using System.Globalization;
using Search.Core.Discovery;

namespace Search.Bench.Discovery;

/// <summary>
/// The bench verbs of related coverage and near-duplicates:
/// <code>
/// duplicates      --index &lt;dir&gt; [--examples 10] [--seed 7]            groups, sizes, random example groups
/// regroup         --index &lt;dir&gt; [--threshold 0.5] [--around id,id]     regroup an existing index (or around some articles) and time it
/// related         --index &lt;dir&gt; [--queries 200] [--rounds 3]          related-article latency, by id and by 20,000-char draft
/// related-quality --index &lt;dir&gt; [--prefix idnc2015-] [--sample 300] [--lists 10] [--seed 11]
/// </code>
/// <c>related</c> and <c>related-quality</c> take any <see cref="RelatedOptions"/> property for an experiment
/// (<c>--TopicWeight 0.15 --BoostTerms 0</c>).
/// </summary>
public static class DiscoveryVerbs
{
    public static readonly IReadOnlyList<string> Names = ["duplicates", "regroup", "related", "related-quality"];

    public static int Run(string verb, BenchArguments arguments)
    {
        var index = arguments.Required("--index");
        switch (verb)
        {
            case "duplicates":
                DuplicateReport.Print(index, arguments.Int("--examples", 10), arguments.Int("--seed", 7));
                break;
            case "regroup":
                DuplicateReport.Regroup(
                    index,
                    double.Parse(arguments.Value("--threshold") ?? "0.5", CultureInfo.InvariantCulture),
                    arguments.Value("--around") is { } around ? around.Split(',') : []);
                break;
            case "related":
                RelatedBenchmark.Run(index, arguments.Int("--queries", 200), arguments.Int("--rounds", 3), Options(arguments));
                break;
            default:
                RelatedQuality.Run(
                    index, arguments.Value("--prefix"), arguments.Int("--sample", 300), arguments.Int("--lists", 10),
                    arguments.Int("--seed", 11), Options(arguments));
                break;
        }
        return 0;
    }

    private static RelatedOptions Options(BenchArguments arguments)
    {
        var options = new RelatedOptions();
        foreach (var property in typeof(RelatedOptions).GetProperties())
        {
            if (arguments.Value("--" + property.Name) is { } value)
            {
                property.SetValue(options, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
            }
        }
        return options;
    }
}
