using System.Diagnostics;
using Search.Core.Articles;
using Search.Core.Suggest;

namespace Search.Evaluation.Relevance;

/// <summary>
/// Autocomplete latency in process: typed prefixes drawn from headlines (the first one to three words,
/// the last cut after one or more letters), each completed with size 5 after the catalog is built.
/// </summary>
public static class AutocompleteBenchmark
{
    public sealed record Outcome(int Calls, TimeSpan Build, TimeSpan P50, TimeSpan P99, TimeSpan Max, IReadOnlyList<string> Examples);

    public static Outcome Run(Autocomplete autocomplete, IReadOnlyList<Article> articles, int calls, int seed)
    {
        var random = new Random(seed);
        var prefixes = Enumerable.Range(0, calls).Select(_ => Prefix(articles[random.Next(articles.Count)].Title, random)).ToList();
        var clock = Stopwatch.StartNew();
        autocomplete.Complete("a", 5);
        var build = clock.Elapsed;
        foreach (var prefix in prefixes.Take(200))
        {
            autocomplete.Complete(prefix, 5);
        }

        var times = new List<TimeSpan>(calls);
        foreach (var prefix in prefixes)
        {
            var start = Stopwatch.GetTimestamp();
            autocomplete.Complete(prefix, 5);
            times.Add(Stopwatch.GetElapsedTime(start));
        }

        times.Sort();
        var examples = new[] { "menlu ru", "jokowi", "banjir ja", "timnas indo" }
            .Select(p => $"\"{p}\" → {string.Join(" | ", autocomplete.Complete(p, 2).Titles.Select(t => t.Title))}")
            .ToList();
        return new Outcome(calls, build, times[times.Count / 2], times[(int)(times.Count * 0.99)], times[^1], examples);
    }

    private static string Prefix(string title, Random random)
    {
        var words = TextFolding.Words(title);
        if (words.Length == 0)
        {
            return "a";
        }

        var count = Math.Min(words.Length, random.Next(1, 4));
        var last = words[count - 1];
        return string.Join(' ', words.Take(count - 1).Append(last[..random.Next(1, last.Length + 1)]));
    }
}
