using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;

namespace Search.Core.Tests.Analysis;

public sealed class TextAnalysisTests
{
    private const string Sentence = "Kementerian Luar Negeri AS mengatakan pertemuan itu memperluas kerja sama dengan Jokowi.";

    [LexiconFact]
    public void TheStemmedAnalyzerLowerCasesDropsStopWordsAndStemsToRoots()
    {
        using var analysis = Create(new AnalysisOptions());

        Assert.True(analysis.UsesLexicon);
        Assert.Equal(
            new[] { "menteri", "luar", "negeri", "as", "kata", "temu", "luas", "kerja", "jokowi" },
            AnalyzerTokens.Of(analysis.Stemmed, Sentence));
    }

    [Fact]
    public void AsIsNotAStopWordBecauseItMeansAmerikaSerikat()
    {
        Assert.DoesNotContain("as", (ISet<string>)IndonesianStopWords.Default);
        Assert.Contains("yang", (ISet<string>)IndonesianStopWords.Default);
        Assert.Equal(new[] { "as", "china" }, AnalyzerTokens.Of(new StemmedTextAnalyzer(EmptyStemmer()), "AS dan China"));
    }

    [Fact]
    public void TheExactAnalyzerKeepsEveryWordAsWritten() =>
        Assert.Equal(
            new[] { "kementerian", "luar", "negeri", "as", "mengatakan", "pertemuan", "itu", "memperluas", "kerja", "sama", "dengan", "jokowi" },
            AnalyzerTokens.Of(new ExactTextAnalyzer(), Sentence));

    [Fact]
    public void WithoutTheLexiconTheStemmedAnalyzerFallsBackToTalaAndWarns()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "id_ID.dic");
        var logger = new RecordingLogger<TextAnalysis>();

        using var analysis = new TextAnalysis(Options.Create(new AnalysisOptions { LexiconPath = missing, ExtraWordsPath = null }), logger);

        Assert.False(analysis.UsesLexicon);
        Assert.Null(analysis.Stemmer);
        Assert.Equal(
            new[] { "menteri", "luar", "neger", "as", "ata", "temu", "perluas", "kerja", "jokow" },
            AnalyzerTokens.Of(analysis.Stemmed, Sentence));
        var warning = Assert.Single(logger.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Equal(missing, warning.Properties["LexiconPath"]);
    }

    [Fact]
    public void TheStemFilterLeavesKeywordTermsAlone()
    {
        var stemmer = new IndonesianStemmer(RootLexicon.FromWords(["temu", "kata"]));
        var keywords = new CharArraySet(LuceneVersion.LUCENE_48, ["pertemuan"], ignoreCase: false);
        using var analyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader);
            return new TokenStreamComponents(source, new IndonesianStemFilter(new SetKeywordMarkerFilter(source, keywords), stemmer));
        });

        Assert.Equal(new[] { "pertemuan", "kata" }, AnalyzerTokens.Of(analyzer, "pertemuan mengatakan"));
    }

    private static IndonesianStemmer EmptyStemmer() => new(RootLexicon.FromWords([]));

    private static TextAnalysis Create(AnalysisOptions options) =>
        new(Options.Create(options), new RecordingLogger<TextAnalysis>());
}
