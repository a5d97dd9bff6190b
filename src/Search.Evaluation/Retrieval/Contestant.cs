using Lucene.Net.Analysis;

namespace Search.Evaluation.Retrieval;

/// <summary>
/// One analysis set-up under evaluation: the analyzer of each field, the fields indexed (title
/// and body, or the product's stemmed and exact copies of both), and the query shapes tried on
/// the same index.
/// </summary>
public sealed record Contestant(string Name, Analyzer Analyzer, IReadOnlyList<string> Fields, IReadOnlyList<QueryShape> Shapes) : IDisposable
{
    public void Dispose() => Analyzer.Dispose();
}
