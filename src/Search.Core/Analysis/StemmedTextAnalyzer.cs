using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Search.Core.Analysis;

/// <summary>
/// Analysis of the stemmed text fields: hyphens kept inside words (<see cref="HyphenatedWords"/>) →
/// StandardTokenizer → LowerCaseFilter → <see cref="ReduplicationFilter"/> → StopFilter
/// (<see cref="IndonesianStopWords"/>) → <see cref="ProcliticFilter"/> → <see cref="IndonesianStemFilter"/>.
/// Made by <see cref="TextAnalysis"/>, it records the tokenizer's tokens for the exact chain (<see cref="TokenRecorder"/>).
/// </summary>
public sealed class StemmedTextAnalyzer : Analyzer
{
    private readonly IndonesianStemmer _stemmer;
    private readonly TokenRecordings? _recordings;

    public StemmedTextAnalyzer(IndonesianStemmer stemmer) => _stemmer = stemmer;

    internal StemmedTextAnalyzer(IndonesianStemmer stemmer, TokenRecordings recordings) : this(stemmer) => _recordings = recordings;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(TextAnalysis.Version, reader);
        TokenStream result = new LowerCaseFilter(TextAnalysis.Version, source);
        var recorder = _recordings is null ? null : new TokenRecorder(result, _recordings.ForThisThread);
        result = new ReduplicationFilter(recorder ?? result, _stemmer);
        result = new StopFilter(TextAnalysis.Version, result, IndonesianStopWords.Default);
        result = new ProcliticFilter(result, _stemmer);
        result = new IndonesianStemFilter(result, _stemmer);
        return RecordingComponents.Of(source, result, recorder, reader);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => HyphenatedWords.Join(reader);
}
