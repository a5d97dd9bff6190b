using Lucene.Net.Analysis;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Indexing;

namespace Search.Core.Tests.Searching;

/// <summary>The product analyzer as tests build it.</summary>
public static class TestAnalysis
{
    public static Analyzer CreateAnalyzer() => ArticleAnalyzer.Create(NullLoggerFactory.Instance);
}
