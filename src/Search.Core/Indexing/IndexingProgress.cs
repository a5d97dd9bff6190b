namespace Search.Core.Indexing;

/// <summary>A progress report during indexing.</summary>
public readonly record struct IndexingProgress(int Read, int Indexed, int Rejected, TimeSpan Elapsed)
{
    public double DocsPerSecond => Elapsed.TotalSeconds > 0 ? Indexed / Elapsed.TotalSeconds : 0;
}
