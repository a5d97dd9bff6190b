using Search.Core.Metadata;
using Search.Core.Metadata.Tagging;

namespace Search.Core.Tests.Metadata;

/// <summary>
/// The tagger leaves out a stretch the word lists settle as no person: a lone listed place or organisation, a lone
/// common word or word never a name, a lone acronym, or a stretch every token of which is a listed place or
/// organisation; never one with a word the lists tie to a person.
/// </summary>
public sealed class SettledStretchTests
{
    [Fact]
    public void OnlyStretchesTheListsSettleAndNoPersonWordHoldsAreLeftUndecoded()
    {
        var features = new TokenFeatures(MetadataLexicon.Default, PersonGazetteer.Empty);
        var tokens = TextTokenizer.Tokenize("Kamis lalu, warga Jakarta, Jawa Barat menemui Budi di kantor KPK, BXT bersama Dewi Lestari, lalu ke Jakarta Fair.");
        var selected = new bool[tokens.Count];
        Assert.True(NameStretches.Select(tokens, selected));
        var classes = features.Classes(tokens, selected);

        Assert.True(SettledStretches.Unselect(tokens, selected, classes));

        // "Kamis" (never a name), "Jakarta" and "Jawa Barat" (places), "KPK" (an organisation) and "BXT" (an acronym) go;
        // "Budi" (a given name), "Dewi Lestari" and "Jakarta Fair" (a word no list holds) stay.
        Assert.Equal(["Budi", "Dewi", "Lestari", "Jakarta", "Fair"], tokens.Where((_, i) => selected[i]).Select(t => t.Text));
    }

    [Fact]
    public void ALineWhoseStretchesAreAllSettledHasNothingLeftToDecode()
    {
        var features = new TokenFeatures(MetadataLexicon.Default, PersonGazetteer.Empty);
        var tokens = TextTokenizer.Tokenize("hujan turun di Jakarta pada hari Kamis.");
        var selected = new bool[tokens.Count];
        Assert.True(NameStretches.Select(tokens, selected));

        Assert.False(SettledStretches.Unselect(tokens, selected, features.Classes(tokens, selected)));

        Assert.DoesNotContain(true, selected);
    }

    [Fact]
    public void ATaggerThatTookAWordNeverANameForAPersonNoLongerFindsIt()
    {
        var tagger = new EntityTaggerTrainer(PersonGazetteer.Empty) { Epochs = 8 }.Train(
            [.. new[] { "Budi", "Rina", "Agus", "Dewi", "Anda" }.Select(name => new AnnotatedSentence(
                $"Pagi tadi, {name} bermain gitar di rumah.", [new AnnotatedSpan(11, name.Length, "PERSON")]))],
            "written in the test");
        var extractor = new EntityExtractor(PersonGazetteer.Empty, tagger);

        var persons = extractor.FindMentions("Pagi tadi, Anda bermain gitar di rumah. Pagi tadi, Dewi bermain gitar di rumah.")
            .Where(m => m.Kind == EntityKind.Person).Select(m => m.Text);

        Assert.Equal(["Dewi"], persons);
    }
}
