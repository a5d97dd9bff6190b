namespace Search.Core.Tests.Analysis;

/// <summary>A theory that needs the hunspell-id dictionary; skipped like <see cref="LexiconFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LexiconTheoryAttribute : TheoryAttribute
{
    public LexiconTheoryAttribute()
    {
        if (InstalledLexicon.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
