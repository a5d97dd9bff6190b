using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Search.Core.Analysis;

/// <summary>
/// The stemmed-field analysis used when no root lexicon is available: the same chain as
/// <see cref="StemmedTextAnalyzer"/> (without proclitics) with Lucene's rule-only Indonesian stemmer (Tala, 2003).
/// </summary>
internal sealed class TalaStemmedTextAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(TextAnalysis.Version, reader);
        TokenStream result = new LowerCaseFilter(TextAnalysis.Version, source);
        result = new ReduplicationFilter(result, stemmer: null);
        result = new StopFilter(TextAnalysis.Version, result, IndonesianStopWords.Default);
        result = new Lucene.Net.Analysis.Id.IndonesianStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => HyphenatedWords.Join(reader);
}
