namespace Search.Core.Tests.Metadata;

/// <summary>
/// A fact that reads <c>../shared</c>: skipped, with a message naming what is missing, when the
/// folder is absent; under CI (<c>CI=true</c>) it runs anyway and fails, so it never silently stops running.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MetadataSharedFactAttribute : FactAttribute
{
    public MetadataSharedFactAttribute()
    {
        var underCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!MetadataSharedData.IsAvailable && !underCi)
        {
            Skip = $"Shared data not found at {MetadataSharedData.ExpectedLocation} (set CI=true to fail instead of skipping).";
        }
    }
}
