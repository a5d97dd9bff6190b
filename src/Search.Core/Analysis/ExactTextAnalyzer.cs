using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Search.Core.Analysis;

/// <summary>
/// Analysis of the exact (unstemmed) text fields: StandardTokenizer → LowerCaseFilter; no stop
/// words, no stemming, so a query for the very word form ranks the articles that use it first.
/// </summary>
public sealed class ExactTextAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(TextAnalysis.Version, reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(TextAnalysis.Version, source));
    }
}
