namespace Search.Indexer.Tests;

/// <summary>A fact that needs Linux and strace: skipped with a message elsewhere, except under CI (<c>CI=true</c>), where it fails instead.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StraceFactAttribute : FactAttribute
{
    public StraceFactAttribute()
    {
        var underCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var available = OperatingSystem.IsLinux() && (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(':').Any(d => File.Exists(Path.Combine(d, "strace")));
        if (!available && !underCi)
        {
            Skip = "Needs Linux with strace installed (set CI=true to fail instead of skipping).";
        }
    }
}
