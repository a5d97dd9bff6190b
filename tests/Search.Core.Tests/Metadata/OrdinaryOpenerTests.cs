using Search.Core.Metadata;
using Search.Core.Metadata.Tagging;

namespace Search.Core.Tests.Metadata;

/// <summary>
/// The tagger skips a stretch that is only a capitalised word opening a sentence when the archive
/// writes that word in lower case at least 20 times and 19 times in 20, and no list knows it as a name.
/// </summary>
public sealed class OrdinaryOpenerTests
{
    /// <summary>
    /// An archive written for the test: "sementara" and "indah" (also a given name) 20 times in lower case,
    /// "walaupun" 19 times, "menurut" 20 times in lower case and twice capitalised inside a sentence.
    /// </summary>
    private static PersonGazetteer Archive()
    {
        var builder = new PersonGazetteerBuilder();
        for (var i = 0; i < 20; i++)
        {
            builder.Observe($"Kami makan sementara mereka pergi ke pasar nomor {i}. Rumah itu indah sekali. Kata mereka menurut aturan.");
            if (i < 19)
            {
                builder.Observe("Kami tetap datang walaupun hujan turun.");
            }
        }

        builder.Observe("Buku berjudul Menurut Kami terbit. Film berjudul Menurut Aku tayang.");
        return builder.Build();
    }

    [Fact]
    public void OnlyALoneOpenerTheArchiveWritesInLowerCaseAndNoListNamesIsLeftUndecoded()
    {
        var openers = new OrdinaryOpeners(MetadataLexicon.Default, Archive());
        var tokens = TextTokenizer.Tokenize("Sementara itu, Budi Santoso datang. Walaupun lelah, Rudi bekerja. Indah pergi. Menurut dia hujan. Sementara Budi tidur.");
        var selected = new bool[tokens.Count];
        Assert.True(NameStretches.Select(tokens, selected));

        Assert.True(openers.Unselect(tokens, selected));

        // "Sementara" alone goes; "Walaupun" (19 times), "Indah" (a given name), "Menurut" (capitalised twice) and "Sementara Budi" stay.
        Assert.Equal(["Budi", "Santoso", "Walaupun", "Rudi", "Indah", "Menurut", "Sementara", "Budi"], tokens.Where((_, i) => selected[i]).Select(t => t.Text));
    }

    [Fact]
    public void ALineWhoseOnlyStretchIsAnOrdinaryOpenerHasNothingLeftToDecode()
    {
        var openers = new OrdinaryOpeners(MetadataLexicon.Default, Archive());
        var tokens = TextTokenizer.Tokenize("Sementara itu hujan turun di kota.");
        var selected = new bool[tokens.Count];
        Assert.True(NameStretches.Select(tokens, selected));

        Assert.False(openers.Unselect(tokens, selected));

        Assert.DoesNotContain(true, selected.ToArray());
    }

    [Fact]
    public void ATaggerThatTookAnOpenerForAPersonNoLongerFindsItWhereTheArchiveWritesItInLowerCase()
    {
        var gazetteer = Archive();
        var tagger = new EntityTaggerTrainer(gazetteer) { Epochs = 8 }.Train(
            [.. new[] { "Budi", "Rina", "Agus", "Dewi", "Sementara" }.Select(name => new AnnotatedSentence(
                $"{name} bermain gitar di rumah.", [new AnnotatedSpan(0, name.Length, "PERSON")]))],
            "written in the test");
        var extractor = new EntityExtractor(gazetteer, tagger);

        var persons = extractor.FindMentions("Sementara bermain gitar di rumah. Dewi bermain gitar di rumah.")
            .Where(m => m.Kind == EntityKind.Person).Select(m => m.Text);

        Assert.Equal(["Dewi"], persons);
    }
}
