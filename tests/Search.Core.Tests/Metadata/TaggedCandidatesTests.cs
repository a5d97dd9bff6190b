using Search.Core.Metadata;
using Search.Core.Metadata.Tagging;

namespace Search.Core.Tests.Metadata;

/// <summary>What a line's tagged person spans become once the word lists have had their say.</summary>
public sealed class TaggedCandidatesTests
{
    [Fact]
    public void ATaggedPersonThatIsExactlyAListedOrganisationIsThatOrganisation()
    {
        var candidates = Merge("Ratusan anggota Satpol PP dikerahkan ke pasar bersama Arifin Santoso.", "Satpol PP", "Arifin Santoso");

        Assert.Equal([(EntityKind.Organisation, "Satpol PP"), (EntityKind.Person, "Arifin Santoso")], candidates);
    }

    [Fact]
    public void ATaggedPersonThatOnlyBeginsWithAListedOrganisationStaysAPerson()
    {
        var candidates = Merge("Pesan itu dikirim Bank Dunia Sentosa kepada warga.", "Bank Dunia Sentosa");

        Assert.Equal([(EntityKind.Person, "Bank Dunia Sentosa")], candidates);
    }

    private static List<(EntityKind Kind, string Text)> Merge(string text, params string[] tagged)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var spans = tagged.Select(name => TokenSpans.Find(tokens, name)).Select(s => (s.Start, s.End, "PERSON")).ToList();

        var merged = TaggedCandidates.Merge(tokens, spans, [], MetadataLexicon.Default, PersonGazetteer.Empty, cased: true);

        return merged.Select(c => (c.Kind, text[tokens[c.Start].Start..tokens[c.End - 1].End])).ToList();
    }
}
