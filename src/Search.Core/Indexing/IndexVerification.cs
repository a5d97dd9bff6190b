namespace Search.Core.Indexing;

/// <summary>
/// Lucene's CheckIndex verdict on one index: clean or not, what it holds, what is wrong, and the full
/// CheckIndex report.
/// </summary>
public sealed record IndexVerification(
    string Directory,
    bool Clean,
    int Segments,
    int Documents,
    int DeletedDocuments,
    IReadOnlyList<string> Problems,
    string Report);
