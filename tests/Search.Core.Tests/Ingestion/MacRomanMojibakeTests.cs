using Microsoft.Extensions.Options;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion;

public sealed class MacRomanMojibakeTests
{
    [Theory]
    [InlineData("‚ÄúKami siap,‚Äù ujar Ma‚Äôruf.", "“Kami siap,” ujar Ma’ruf.")]
    [InlineData("‚Äì Manajer tim itu datang.", "– Manajer tim itu datang.")]
    [InlineData("kata ‚Äòtunggu‚Äô ‚Äî lalu diam ‚Ä¶", "kata ‘tunggu’ — lalu diam …")]
    [InlineData("Jadwal ‚Ä¢ Senin ‚Ä¢ Selasa", "Jadwal • Senin • Selasa")]
    public void MisreadPunctuationBecomesTheCharacterItStoodFor(string text, string expected)
    {
        Assert.Equal(expected, MacRomanMojibake.Repair(text));
    }

    [Theory]
    [InlineData("pe‚Äãmain", "pemain")] // a zero-width space
    [InlineData("Jakarta‚Äé -", "Jakarta -")] // a left-to-right mark
    public void MisreadInvisibleMarksAreDropped(string text, string expected)
    {
        Assert.Equal(expected, MacRomanMojibake.Repair(text));
    }

    [Theory]
    [InlineData("Harga naik ‚ÄX persen")]
    [InlineData("Skor akhir ‚Ä")]
    [InlineData("“Kami siap,” ujar Ma’ruf – Jakarta.")]
    public void TextWithoutAMisreadSequenceIsLeftAsItIs(string text)
    {
        Assert.Same(text, MacRomanMojibake.Repair(text));
    }

    [Fact]
    public void HeadlineAndBodyAreRepairedWhenRead()
    {
        var line = """{"id":"a1","title":"‚ÄúSaya Siap‚Äù","published":"2024-05-01T09:00:00+07:00","body":"‚ÄúSaya siap,‚Äù kata Ma‚Äôruf Amin."}"""u8.ToArray();
        using var stream = new MemoryStream(line);

        var record = Assert.Single(new JsonLinesArticleReader(new IngestionOptions(), TimeProvider.System).Read(stream, "a.jsonl"));

        Assert.False(record.IsRejected, record.ToString());
        Assert.Equal("“Saya Siap”", record.Article!.Title);
        Assert.Equal("“Saya siap,” kata Ma’ruf Amin.", record.Article.Body);
    }

    /// <summary>About 5,000 articles of the shared corpus (kompas, okezone, sindonews, tempo) hold the misreading.</summary>
    [SharedDataFact]
    public void NoCorpusArticleKeepsAMisreadQuoteOrDash()
    {
        var reader = new ArticleFileReader(Options.Create(new IngestionOptions()));

        var articles = reader.Read([SharedData.PathTo(SharedData.NewsCorpus)]).Where(record => !record.IsRejected).Select(record => record.Article!).ToList();

        Assert.Equal(27_127, articles.Count);
        string[] misread = ["‚Äú", "‚Äù", "‚Äô", "‚Äì", "‚Äî"];
        Assert.Empty(articles.Where(a => misread.Any(m => a.Title.Contains(m, StringComparison.Ordinal) || a.Body.Contains(m, StringComparison.Ordinal))).Select(a => a.Id));
    }
}
