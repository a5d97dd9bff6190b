using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Search.Core.Analysis;

/// <summary>
/// Analysis of the exact (unstemmed) text fields: StandardTokenizer → LowerCaseFilter; no stop
/// words, no stemming, so a query for the very word form ranks the articles that use it first.
/// Made by <see cref="TextAnalysis"/>, it takes the tokens of a text the stemmed chain has just tokenized on the
/// same thread instead of tokenizing it again (<see cref="RecordedTokenReplay"/>): the same tokens, once.
/// </summary>
public sealed class ExactTextAnalyzer : Analyzer
{
    private readonly TokenRecordings? _recordings;

    public ExactTextAnalyzer()
    {
    }

    internal ExactTextAnalyzer(TokenRecordings recordings) => _recordings = recordings;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        if (_recordings is null)
        {
            var tokenizer = new StandardTokenizer(TextAnalysis.Version, reader);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(TextAnalysis.Version, tokenizer));
        }
        var source = new StandardTokenizer(TextAnalysis.Version, TextReader.Null);
        var replay = new RecordedTokenReplay(new LowerCaseFilter(TextAnalysis.Version, source), _recordings.ForThisThread);
        var components = new ReplayComponents(source, replay);
        components.Start(reader);
        return components;
    }

    private sealed class ReplayComponents(Tokenizer source, RecordedTokenReplay replay) : TokenStreamComponents(source, replay)
    {
        public void Start(TextReader reader) => SetReader(reader);

        protected override void SetReader(TextReader reader) => base.SetReader(replay.Choose(reader));
    }
}
