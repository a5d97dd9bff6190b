using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Search.Core.Analysis;

/// <summary>
/// Analysis of the stemmed text fields: hyphens kept inside words (<see cref="HyphenatedWords"/>) →
/// StandardTokenizer → LowerCaseFilter → <see cref="ReduplicationFilter"/> → StopFilter
/// (<see cref="IndonesianStopWords"/>) → <see cref="ProcliticFilter"/> → <see cref="IndonesianStemFilter"/>.
/// </summary>
public sealed class StemmedTextAnalyzer(IndonesianStemmer stemmer) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(TextAnalysis.Version, reader);
        TokenStream result = new LowerCaseFilter(TextAnalysis.Version, source);
        result = new ReduplicationFilter(result, stemmer);
        result = new StopFilter(TextAnalysis.Version, result, IndonesianStopWords.Default);
        result = new ProcliticFilter(result, stemmer);
        result = new IndonesianStemFilter(result, stemmer);
        return new TokenStreamComponents(source, result);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => HyphenatedWords.Join(reader);
}
