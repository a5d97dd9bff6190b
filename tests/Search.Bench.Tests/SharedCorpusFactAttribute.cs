namespace Search.Bench.Tests;

/// <summary>
/// A fact that reads <c>../shared/corpus/news</c>: skipped with a message when it is missing on a
/// developer's machine, run (and failing) under CI=true, so the smoke can never silently stop running.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        var underCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!BenchPaths.SharedCorpusExists && !underCi)
        {
            Skip = $"Shared corpus not found at {BenchPaths.NewsCorpus} (set CI=true to fail instead of skipping).";
        }
    }
}
