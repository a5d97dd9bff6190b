namespace Search.Core.Tests.Ingestion;

/// <summary>
/// A fact that reads <c>../shared</c>. Skipped with a message when the folder is missing on a
/// developer's machine; under CI (<c>CI=true</c>) it runs anyway and fails, so it can never silently stop running.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        var underCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!SharedData.IsAvailable && !underCi)
        {
            Skip = $"Shared test data not found at {SharedData.ExpectedLocation} (set CI=true to fail instead of skipping).";
        }
    }
}
