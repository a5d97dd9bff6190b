using Search.Core.Metadata;
using Search.Core.Metadata.Tagging;

namespace Search.Core.Tests.Metadata;

/// <summary>
/// Where a tagged person's name starts and ends: the conventions of the labelled sets (titles and
/// degrees outside the name, a quoted nickname, a generation and a hyphenated given name inside it).
/// </summary>
public sealed class SpanBoundariesTests
{
    private static readonly MetadataLexicon Lexicon = MetadataLexicon.Default;

    [Theory]
    [InlineData("Opsir Udara II H. Sujono terbang ke Wirasaba.", "II H. Sujono", "Sujono")]
    [InlineData("Kepala wilayah adalah Bapak Abdullah Sitopan BA di sana.", "Bapak Abdullah Sitopan BA", "Abdullah Sitopan")]
    [InlineData("Seminar dipimpin Prof Sarbini Sumawinata di Bandung.", "Prof Sarbini Sumawinata", "Sarbini Sumawinata")]
    [InlineData("Ia bertemu Sultan Hamengku Buwono X kemarin.", "Sultan Hamengku Buwono X", "Sultan Hamengku Buwono X")]
    [InlineData("Ia bertemu I Wayan Koster kemarin.", "I Wayan Koster", "I Wayan Koster")]
    [InlineData("Kata Gus Dur kemarin.", "Gus Dur", "Gus Dur")]
    [InlineData("Rapat dipimpin Menko Polhukam Darmawan Kusuma kemarin.", "Polhukam Darmawan Kusuma", "Darmawan Kusuma")]
    [InlineData("Gubernur DKI Darmawan Kusuma meninjau banjir.", "DKI Darmawan Kusuma", "Darmawan Kusuma")]
    [InlineData("Menteri Hukum dan HAM Tarigan kembali ke kantor.", "HAM Tarigan", "Tarigan")]
    public void TitlesBeforeAndDegreesAfterATaggedNameAreTrimmedButNameTitlesStay(string text, string tagged, string expected)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var (start, end) = TokenSpans.Find(tokens, tagged);

        var (trimmedStart, trimmedEnd) = SpanBoundaries.Trim(tokens, start, end, Lexicon);

        Assert.Equal(expected, Words(text, tokens, trimmedStart, trimmedEnd));
    }

    [Theory]
    [InlineData("Richard William \" Rick \" Wright adalah pianis.", new[] { "Richard William", "Rick" }, new[] { "Richard William \" Rick \" Wright" })]
    [InlineData("Josep \" Pep \" Guardiola i Sala melatih Manchester City.", new[] { "Josep" }, new[] { "Josep \" Pep \" Guardiola i Sala" })]
    [InlineData("Ketika Ross Bagdasarian, Sr. wafat, Ross Bagdasarian, Jr menggantikannya.", new[] { "Ross Bagdasarian", "Ross Bagdasarian, Jr" }, new[] { "Ross Bagdasarian, Sr.", "Ross Bagdasarian, Jr" })]
    [InlineData("Benigno Simeon Aquino, Jr., () adalah senator.", new[] { "Benigno Simeon Aquino" }, new[] { "Benigno Simeon Aquino, Jr" })]
    [InlineData("Kim Jong-woon lahir di Korea.", new[] { "Kim Jong" }, new[] { "Kim Jong-woon" })]
    [InlineData("Rina \" cantik \" Marlina datang.", new[] { "Rina", "Marlina" }, new[] { "Rina", "Marlina" })]
    public void NicknamesGenerationsAndHyphenatedNamesJoinTheSpanTheyBelongTo(string text, string[] tagged, string[] expected)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var spans = new List<(int Start, int End, string Type)>();
        var from = 0;
        foreach (var name in tagged)
        {
            var (start, end) = TokenSpans.Find(tokens, name, from);
            spans.Add((start, end, "PERSON"));
            from = end;
        }

        var joined = SpanBoundaries.Join(tokens, spans, cased: true);

        Assert.Equal(expected, joined.Select(s => Words(text, tokens, s.Start, s.End)));
    }

    [Theory]
    [InlineData("Pasangan Joko Widodo-Ma'ruf Amin menang.", "Joko Widodo-Ma'ruf Amin", new[] { "Joko Widodo", "Ma'ruf Amin" })]
    [InlineData("pasangan prabowo subianto-sandiaga uno kalah.", "prabowo subianto-sandiaga uno", new[] { "prabowo subianto", "sandiaga uno" })]
    [InlineData("Gelandang Emile Smith-Rowe mencetak gol.", "Emile Smith-Rowe", new[] { "Emile Smith-Rowe" })]
    [InlineData("Striker Jean-Pierre Papin datang.", "Jean-Pierre Papin", new[] { "Jean-Pierre Papin" })]
    public void AHyphenBetweenTwoFullNamesSplitsTheSpanButNotAHyphenatedName(string text, string tagged, string[] expected)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var (start, end) = TokenSpans.Find(tokens, tagged);

        var joined = SpanBoundaries.Join(tokens, [(start, end, "PERSON")], cased: char.IsUpper(text[0]));

        Assert.Equal(expected, joined.Select(s => Words(text, tokens, s.Start, s.End)));
    }

    [Fact]
    public void InTruecasedTextAHyphenJoinsTwoNamesNotAGivenName()
    {
        const string text = "Kabinet Jokowi-jk dibentuk.";
        var tokens = TextTokenizer.Tokenize(text);
        var (start, end) = TokenSpans.Find(tokens, "Jokowi");

        var joined = SpanBoundaries.Join(tokens, [(start, end, "PERSON")], cased: false);

        Assert.Equal(["Jokowi"], joined.Select(s => Words(text, tokens, s.Start, s.End)));
    }

    [Fact]
    public void HyphenatedGivenNamesAndParticlesBeforeAHyphenAreDecodedWithTheName()
    {
        const string text = "Choi Ji-woo berguru kepada Mahfudz at-Tirmasi kemarin.";
        var tokens = TextTokenizer.Tokenize(text);
        var selected = new bool[tokens.Count];

        Assert.True(NameStretches.Select(tokens, selected));

        Assert.Equal(["Choi", "Ji", "-", "woo", "Mahfudz", "at", "-", "Tirmasi"], tokens.Where((_, i) => selected[i]).Select(t => t.Text));
    }

    private static string Words(string text, IReadOnlyList<TextToken> tokens, int start, int end) =>
        text[tokens[start].Start..tokens[end - 1].End];
}
