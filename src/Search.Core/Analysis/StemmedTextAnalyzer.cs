using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Search.Core.Analysis;

/// <summary>
/// Analysis of the stemmed text fields: StandardTokenizer → LowerCaseFilter → StopFilter
/// (<see cref="IndonesianStopWords"/>) → <see cref="IndonesianStemFilter"/>.
/// </summary>
public sealed class StemmedTextAnalyzer(IndonesianStemmer stemmer) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(TextAnalysis.Version, reader);
        TokenStream result = new LowerCaseFilter(TextAnalysis.Version, source);
        result = new StopFilter(TextAnalysis.Version, result, IndonesianStopWords.Default);
        result = new IndonesianStemFilter(result, stemmer);
        return new TokenStreamComponents(source, result);
    }
}
