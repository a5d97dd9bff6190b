namespace Search.Core.Discovery;

/// <summary>What one grouping pass found: groups of two or more copies, the articles in them, and how many values changed.</summary>
public sealed record DuplicateGrouping(int Groups, int GroupedArticles, int Changed, TimeSpan Elapsed);
