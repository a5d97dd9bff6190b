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

    /// <summary>The title, caption and body of the seed capture, as the page prints them.</summary>
    private static class Seed
    {
        private static readonly Lazy<string[]> Lines = new(() => File.ReadAllLines(MetadataSharedData.PathTo("seed/medcom-2021-12-03-lavrov.txt")));

        private static int BylineIndex => Array.FindIndex(Lines.Value, l => l.TrimEnd().EndsWith(" WIB", StringComparison.Ordinal));

        /// <summary>The first line after the tracker word.</summary>
        public static string Title => Lines.Value.Skip(1).First(l => l.Trim().Length > 0).Trim();

        /// <summary>The line after the repeated title under the byline.</summary>
        public static string Caption => Lines.Value[BylineIndex + 2].Trim();

        /// <summary>From the dateline to the line before the editor code "(FJR)".</summary>
        public static string Body
        {
            get
            {
                var start = BylineIndex + 3;
                var end = Array.FindIndex(Lines.Value, start, l => l.Trim().StartsWith('(') && l.Trim().EndsWith(')'));
                return string.Join('\n', Lines.Value[start..end]).Trim();
            }
        }
    }
}
