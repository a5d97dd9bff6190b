using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>One person written with more or fewer middle names, with initials, or by the first name alone, across the archive.</summary>
public sealed class NameVariantTests
{
    private static readonly string[] Cities = ["Bali", "Medan", "Padang", "Ambon", "Kupang", "Sorong", "Palu", "Jambi", "Kendari"];

    [Fact]
    public void NameWithAMiddleNameIsThePersonWrittenWithoutIt()
    {
        var builder = Cued("Darmawan Kusuma", 8);
        Cue(builder, "Darmawan Hadi Kusuma", 3);
        var gazetteer = builder.Build();

        var persons = new EntityExtractor(gazetteer).Extract(null, "Rapat itu dihadiri Gubernur Darmawan Hadi Kusuma dan para bupati.").Persons;

        Assert.Equal(("Darmawan Kusuma", "Darmawan Kusuma"), (gazetteer.Resolve("Darmawan Hadi Kusuma"), gazetteer.Resolve("Darmawan Kusuma")));
        Assert.Equal(["Darmawan Kusuma"], persons.Select(p => p.Name));
    }

    [Fact]
    public void NamesWithAnInitialOrTheWordItStandsForAreOnePerson()
    {
        var builder = Cued("Rahmat S Wibisono", 9);
        Cue(builder, "Rahmat Santoso Wibisono", 3);
        Cue(builder, "Rahmat Wibisono", 2);
        var gazetteer = builder.Build();

        Assert.Equal(
            ["Rahmat S Wibisono", "Rahmat S Wibisono", "Rahmat S Wibisono"],
            new[] { "Rahmat S Wibisono", "Rahmat Santoso Wibisono", "Rahmat Wibisono" }.Select(gazetteer.Resolve));
    }

    [Fact]
    public void NamesThatAreNotAllVariantsOfEachOtherStayApart()
    {
        var builder = Cued("Yusuf M Hamdani", 9);
        Cue(builder, "Yusuf Muhammad Hamdani", 5);
        Cue(builder, "Yusuf Mahmud Hamdani", 5);
        var gazetteer = builder.Build();

        Assert.Equal(
            ["Yusuf M Hamdani", "Yusuf Muhammad Hamdani", "Yusuf Mahmud Hamdani"],
            new[] { "Yusuf M Hamdani", "Yusuf Muhammad Hamdani", "Yusuf Mahmud Hamdani" }.Select(gazetteer.Resolve));
    }

    [Fact]
    public void VariantsCuedSeldomStayApart()
    {
        var builder = Cued("Teguh Santika", 4);
        Cue(builder, "Teguh Adi Santika", 2);

        Assert.Equal("Teguh Adi Santika", builder.Build().Resolve("Teguh Adi Santika"));
    }

    [Fact]
    public void FirstNameThePressWritesAloneIsTheOnePersonItBegins()
    {
        var builder = Cued("Darmawan Kusuma", 6);
        Cue(builder, "Darmawan Hadi Kusuma", 2);
        foreach (var city in Cities)
        {
            builder.Observe($"\"Semua aman,\" ujar Darmawan di {city}.");
            builder.Observe($"\"Kami siap,\" kata Darmawan di {city}.");
        }
        var gazetteer = builder.Build();

        var persons = new EntityExtractor(gazetteer).Extract(null, "\"Jalan itu selesai bulan depan,\" kata Darmawan.").Persons;

        Assert.Equal("Darmawan Kusuma", gazetteer.Resolve("Darmawan"));
        Assert.Equal(["Darmawan Kusuma"], persons.Select(p => p.Name));
    }

    [Fact]
    public void FirstNameOfTwoPeopleCuedAlikeStaysItself()
    {
        var builder = Cued("Darmawan Kusuma", 6);
        Cue(builder, "Darmawan Siregar", 5);
        foreach (var city in Cities)
        {
            builder.Observe($"\"Semua aman,\" ujar Darmawan di {city}.");
        }

        Assert.Equal("Darmawan", builder.Build().Resolve("Darmawan"));
    }

    [Fact]
    public void FirstNameOfAFullNameInTheArticleIsThatFullNameNotTheOneTheArchiveKnows()
    {
        var builder = Cued("Darmawan Kusuma", 6);
        foreach (var city in Cities)
        {
            builder.Observe($"\"Semua aman,\" ujar Darmawan di {city}.");
        }
        var gazetteer = builder.Build();

        var persons = new EntityExtractor(gazetteer).Extract(null, "Direktur Darmawan Siregar membuka acara. \"Kami siap,\" kata Darmawan.").Persons;

        Assert.Equal("Darmawan Kusuma", gazetteer.Resolve("Darmawan"));
        Assert.Equal([("Darmawan Siregar", 2)], persons.Select(p => (p.Name, p.Mentions)));
    }

    [Fact]
    public void ConfiguredAliasInsideAnotherNameOfTheArticleKeepsItsName()
    {
        var extractor = new EntityExtractor();

        var wife = extractor.Extract(null, "Ibu Negara Iriana Jokowi mendampingi Presiden. \"Kita lanjutkan,\" kata Jokowi.").Persons;
        var misspelt = extractor.Extract(null, "Spanduk bergambar Jokowi Widodo terpasang. \"Kita lanjutkan,\" kata Jokowi.").Persons;

        Assert.Equal(["Iriana Jokowi", "Joko Widodo"], wife.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["Joko Widodo"], misspelt.Select(p => p.Name));
    }

    [Fact]
    public void OneWordAliasThatBeginsAnotherNameInTheArticleIsThatName()
    {
        var extractor = new EntityExtractor();

        var elsewhere = extractor.Extract(null, "\"Kami siap,\" kata Sandi di Bekasi.").Persons;
        var here = extractor.Extract(null, "Direktur Sandi Wiradarma membuka pameran. \"Kami siap,\" kata Sandi.").Persons;

        Assert.Equal(["Sandiaga Uno"], elsewhere.Select(p => p.Name));
        Assert.Equal([("Sandi Wiradarma", 2)], here.Select(p => (p.Name, p.Mentions)));
    }

    [Fact]
    public void SurnameWrittenBesideAFullNameSeldomCuedIsThatPerson()
    {
        var builder = Cued("Valerio Santini", 2);
        foreach (var city in Cities)
        {
            builder.Observe($"Valerio Santini tiba di {city} pagi ini. \"Semua aman,\" ujar Santini.");
        }

        Assert.Equal("Valerio Santini", builder.Build().Resolve("Santini"));
    }

    [Fact]
    public void SurnameMostlyWrittenAloneStaysItselfBesideAFullNameSeldomCued()
    {
        var builder = Cued("Valerio Santini", 2);
        foreach (var city in Cities)
        {
            builder.Observe($"Rombongan tiba di {city} pagi ini. \"Semua aman,\" ujar Santini.");
        }

        Assert.Equal("Santini", builder.Build().Resolve("Santini"));
    }

    private static PersonGazetteerBuilder Cued(string name, int times)
    {
        var builder = new PersonGazetteerBuilder();
        Cue(builder, name, times);
        return builder;
    }

    private static void Cue(PersonGazetteerBuilder builder, string name, int times)
    {
        foreach (var city in Cities.Take(times))
        {
            builder.Observe($"\"Kami siap,\" kata {name} di {city}.");
        }
    }
}
