using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Ingestion;
using Search.Core.Tests.Metadata;

namespace Search.Core.Tests.Analysis;

/// <summary>
/// The exact chain takes the stemmed chain's tokens of the same text instead of tokenizing it again: every token
/// (term, position, offsets, type) and the end of the stream must be what tokenizing the text again gives.
/// </summary>
public sealed class TokenizedOnceTests
{
    [Theory]
    [InlineData("anak-anak bermain di taman-taman kota", true)]
    [InlineData("COVID-19 pada H-1 Lebaran, e-KTP dan K-pop", true)]
    [InlineData("posisi ke-14, skor 2-1, tahun 2019-2020 dan 3,5-4,5 persen", true)]
    [InlineData("a--b -awal akhir- --- a-b-c-d", true)]
    [InlineData("nama_pengguna-baru _-_ -_- a-_b c_-d __-x", true)]
    [InlineData("x.1-2 1-2.3 a.b-c co-pilot's A-B'C x-'y", true)]
    [InlineData("kafe-bar café-bar naïve-x", false)]
    [InlineData("kata-\u0301awal", false)]
    public void ExactTokensTakenFromTheStemmedPassAreThoseOfTokenizingTheTextAgain(string text, bool replayed)
    {
        using var recordings = new TokenRecordings();
        using var stemmed = new StemmedTextAnalyzer(new IndonesianStemmer(RootLexicon.FromWords([])), recordings);
        using var exact = new ExactTextAnalyzer(recordings);
        using var tokenizedAgain = new ExactTextAnalyzer();

        Tokens(stemmed, text);

        Assert.Equal(replayed, recordings.ForThisThread.Latest is { Replayable: true });
        Assert.Equal(Tokens(tokenizedAgain, text), Tokens(exact, text));
    }

    [Fact]
    public void AHyphenatedWordTooLongToBeATokenIsLeftToTheTokenizer()
    {
        // Joined, the 60 words make one token over the tokenizer's 255 characters, which it skips; apart, each is kept.
        var text = "awal " + string.Join('-', Enumerable.Repeat("kata", 60)) + " akhir";
        using var recordings = new TokenRecordings();
        using var stemmed = new StemmedTextAnalyzer(new IndonesianStemmer(RootLexicon.FromWords([])), recordings);
        using var exact = new ExactTextAnalyzer(recordings);
        using var tokenizedAgain = new ExactTextAnalyzer();

        Tokens(stemmed, text);
        var tokens = Tokens(exact, text);

        Assert.False(recordings.ForThisThread.Latest!.Replayable);
        Assert.Equal(62 + 1, tokens.Count);
        Assert.Equal(Tokens(tokenizedAgain, text), tokens);
    }

    [Fact]
    public void ATextOtherThanTheOneJustRecordedIsTokenized()
    {
        using var recordings = new TokenRecordings();
        using var stemmed = new StemmedTextAnalyzer(new IndonesianStemmer(RootLexicon.FromWords([])), recordings);
        using var exact = new ExactTextAnalyzer(recordings);

        Tokens(stemmed, "pertama kedua");

        Assert.Equal(["ketiga|0-6+1<ALPHANUM>", "keempat|7-14+1<ALPHANUM>", "end 14-14+0"], Tokens(exact, "Ketiga-keempat"));
    }

    [MetadataSharedFact]
    public void EveryHeadlineAndBodyOfTheSharedCorpusGetsTheSameTokensAsBefore()
    {
        using var analysis = new TextAnalysis(Options.Create(new AnalysisOptions()), new RecordingLogger<TextAnalysis>());
        Assert.True(analysis.UsesLexicon, InstalledLexicon.MissingMessage);
        using var stemmedAlone = new StemmedTextAnalyzer(analysis.Stemmer!);
        using var tokenizedAgain = new ExactTextAnalyzer();
        var articles = new ArticleFileReader(Options.Create(new IngestionOptions()))
            .Read([MetadataSharedData.PathTo("corpus/news")]).Select(r => r.Article).OfType<Articles.Article>().ToList();
        int texts = 0, replayed = 0, differing = 0;

        foreach (var text in articles.SelectMany(a => new[] { a.Title, a.Body }))
        {
            // As the index writer does: the stemmed copy first, then the exact copy, on one thread.
            var stemmed = Tokens(analysis.Stemmed, text);
            replayed += analysis.Recordings.ForThisThread.Latest is { Replayable: true } ? 1 : 0;
            var exact = Tokens(analysis.Exact, text);
            differing += exact.SequenceEqual(Tokens(tokenizedAgain, text)) && stemmed.SequenceEqual(Tokens(stemmedAlone, text)) ? 0 : 1;
            texts++;
        }

        Assert.Equal(0, differing);
        Assert.Equal(2 * articles.Count, texts);
        Assert.True(replayed > texts * 99 / 100, $"{replayed} of {texts} texts replayed");
    }

    /// <summary>Every token as "term|start-end+increment type", then the stream's end.</summary>
    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new StringBuilder().Append(term).Append('|').Append(offset.StartOffset).Append('-').Append(offset.EndOffset)
                .Append('+').Append(increment.PositionIncrement).Append(type.Type).ToString());
        }
        stream.End();
        tokens.Add($"end {offset.StartOffset}-{offset.EndOffset}+{increment.PositionIncrement}");
        return tokens;
    }
}
