namespace Search.Core.Metadata;

/// <summary>A maximal stretch of capitalised words (tokens <c>[Start, End)</c>) that may hold names.</summary>
internal readonly record struct NameRun(int Start, int End);
