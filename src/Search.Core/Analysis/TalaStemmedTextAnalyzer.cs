using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Search.Core.Analysis;

/// <summary>
/// The stemmed-field analysis used when no root lexicon is available: the same chain as
/// <see cref="StemmedTextAnalyzer"/> (without proclitics) with Lucene's rule-only Indonesian stemmer (Tala, 2003),
/// recording its tokens for the exact chain as that one does.
/// </summary>
internal sealed class TalaStemmedTextAnalyzer(TokenRecordings recordings) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(TextAnalysis.Version, reader);
        var recorder = new TokenRecorder(new LowerCaseFilter(TextAnalysis.Version, source), recordings.ForThisThread);
        TokenStream result = new ReduplicationFilter(recorder, stemmer: null);
        result = new StopFilter(TextAnalysis.Version, result, IndonesianStopWords.Default);
        result = new Lucene.Net.Analysis.Id.IndonesianStemFilter(result);
        return RecordingComponents.Of(source, result, recorder, reader);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => HyphenatedWords.Join(reader);
}
