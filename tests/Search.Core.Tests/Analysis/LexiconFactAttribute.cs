namespace Search.Core.Tests.Analysis;

/// <summary>
/// A fact that needs the hunspell-id dictionary. Skipped with a message when it is not installed;
/// under CI (<c>CI=true</c>) it runs anyway and fails, so it can never silently stop running.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LexiconFactAttribute : FactAttribute
{
    public LexiconFactAttribute()
    {
        if (InstalledLexicon.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
