namespace Search.Bench.Tests;

/// <summary>A theory that reads <c>../shared/corpus/news</c>, skipped or failing as <see cref="SharedCorpusFactAttribute"/> says.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedCorpusTheoryAttribute : TheoryAttribute
{
    public SharedCorpusTheoryAttribute()
    {
        Skip = new SharedCorpusFactAttribute().Skip;
    }
}
