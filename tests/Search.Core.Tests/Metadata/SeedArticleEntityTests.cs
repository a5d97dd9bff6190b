using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>
/// The seed capture (<c>../shared/seed/medcom-2021-12-03-lavrov.txt</c>): its title, photo caption and
/// body are read straight from the file, skipping the tracker word, byline, comment box and footer.
/// </summary>
public sealed class SeedArticleEntityTests
{
    [MetadataSharedFact]
    public void SeedYieldsExactlyLavrovBlinkenAndPutin()
    {
        var entities = new EntityExtractor().Extract(Seed.Title, Seed.Body, Seed.Caption);

        Assert.Equal(["Sergei Lavrov", "Antony Blinken", "Vladimir Putin"], entities.Persons.Select(p => p.Name));
    }

    [MetadataSharedFact]
    public void SeedFoldsSergeyIntoSergeiAndCountsEveryMention()
    {
        var lavrov = new EntityExtractor().Extract(Seed.Title, Seed.Body, Seed.Caption).Persons[0];

        Assert.Equal(["Lavrov", "Sergey Lavrov"], lavrov.Aliases);
        Assert.Equal(7, lavrov.Mentions);
    }

    [MetadataSharedFact]
    public void SeedCountsBlinkenInBodyAndCaption()
    {
        var persons = new EntityExtractor().Extract(Seed.Title, Seed.Body, Seed.Caption).Persons;

        Assert.Equal((4, 1), (persons[1].Mentions, persons[2].Mentions));
    }

    [MetadataSharedFact]
    public void SeedOrganisationsIncludeNatoAndOsce()
    {
        var orgs = new EntityExtractor().Extract(Seed.Title, Seed.Body, Seed.Caption).Orgs.Select(o => o.Name).ToList();

        Assert.Contains("NATO", orgs);
        Assert.Contains("OSCE", orgs);
        Assert.DoesNotContain("FJR", orgs);
    }

    [MetadataSharedFact]
    public void SeedOsceTakesItsSpelledOutNameAsAlias()
    {
        var osce = new EntityExtractor().Extract(Seed.Title, Seed.Body, Seed.Caption).Orgs.Single(o => o.Name == "OSCE");

        Assert.Equal(["Organisasi untuk Keamanan dan Kerja Sama di Eropa"], osce.Aliases);
    }

    [MetadataSharedFact]
    public void SeedPlacesIncludeStockholmMoskowRusiaUkrainaKrimea()
    {
        var places = new EntityExtractor().Extract(Seed.Title, Seed.Body, Seed.Caption).Places.Select(p => p.Name).ToList();

        Assert.Superset(new HashSet<string> { "Stockholm", "Moskow", "Rusia", "Ukraina", "Krimea" }, places.ToHashSet());
    }

    [MetadataSharedFact]
    public void SeedGivesTheSamePersonsWithAGazetteerLearnedFromIt()
    {
        var builder = new PersonGazetteerBuilder();
        builder.Observe(Seed.Title, Seed.Body, Seed.Caption);

        var entities = new EntityExtractor(builder.Build()).Extract(Seed.Title, Seed.Body, Seed.Caption);

        Assert.Equal(["Sergei Lavrov", "Antony Blinken", "Vladimir Putin"], entities.Persons.Select(p => p.Name));
    }
}
