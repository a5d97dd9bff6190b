using Search.Core.Metadata;
using Search.Core.Metadata.Tagging;

namespace Search.Core.Tests.Metadata;

/// <summary>
/// The seed article read with a tagger trained on the shared NER sets' train splits
/// (<c>../shared/corpus/ner</c>, read there, never copied): the tagger must not change who the
/// seed names, nor the organisations and places the rules find.
/// </summary>
public sealed class TaggedSeedArticleTests
{
    private static readonly Lazy<EntityTagger> Tagger = new(() => new EntityTaggerTrainer(PersonGazetteer.Default) { Epochs = 5 }.Train(
        ConllReader.Read(MetadataSharedData.PathTo("corpus/ner/indonlu-nergrit/train_preprocess.txt"))
            .Concat(ConllReader.Read(MetadataSharedData.PathTo("corpus/ner/indonlu-nerp/train_preprocess.txt"))).ToList(),
        "nergrit+nerp train"));

    [MetadataSharedFact]
    public void TaggedSeedYieldsExactlyLavrovBlinkenAndPutin()
    {
        var entities = new EntityExtractor(PersonGazetteer.Default, Tagger.Value).Extract(Seed.Title, Seed.Body, Seed.Caption);

        Assert.Equal(["Sergei Lavrov", "Antony Blinken", "Vladimir Putin"], entities.Persons.Select(p => p.Name));
        Assert.Equal(["Lavrov", "Sergey Lavrov"], entities.Persons[0].Aliases);
    }

    [MetadataSharedFact]
    public void TaggedSeedKeepsTheRulesOrganisationsAndPlaces()
    {
        var entities = new EntityExtractor(PersonGazetteer.Default, Tagger.Value).Extract(Seed.Title, Seed.Body, Seed.Caption);

        Assert.Superset(new HashSet<string> { "NATO", "OSCE" }, entities.Orgs.Select(o => o.Name).ToHashSet());
        Assert.Superset(new HashSet<string> { "Stockholm", "Moskow", "Rusia", "Ukraina", "Krimea" }, entities.Places.Select(p => p.Name).ToHashSet());
    }

    [MetadataSharedFact]
    public void TaggerFindsAPersonInLowerCaseTextWhereTheRulesFindNone()
    {
        const string text = "tadi malam rudi hartono wijaya menyanyikan lagu baru di depan ribuan penonton di surabaya.";
        var rules = new EntityExtractor(PersonGazetteer.Default).FindMentions(text).Where(m => m.Kind == EntityKind.Person).Select(m => m.Text);
        var tagged = new EntityExtractor(PersonGazetteer.Default, Tagger.Value).FindMentions(text).Where(m => m.Kind == EntityKind.Person).Select(m => m.Text);

        Assert.Equal(["rudi hartono wijaya"], tagged);
        Assert.Empty(rules);
    }
}
