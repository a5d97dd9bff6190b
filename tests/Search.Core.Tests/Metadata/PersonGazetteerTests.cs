using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>The archive-wide knowledge: learned names, the alias table, spelling variants.</summary>
public sealed class PersonGazetteerTests
{
    [Fact]
    public void AliasTableGivesTheCanonicalName()
    {
        var options = new EntityExtractionOptions { PersonAliases = { ["Joko Widodo"] = ["Jokowi"] } };
        var extractor = new EntityExtractor(new PersonGazetteerBuilder(options).Build());

        var person = Assert.Single(extractor.Extract(null, "Jokowi meninjau pasar di Solo.").Persons);

        Assert.Equal(("Joko Widodo", 1), (person.Name, person.Mentions));
        Assert.Equal(["Jokowi"], person.Aliases);
    }

    [Fact]
    public void CanonicalNamesOfAliasesThatFoldAlikeAreOnePersonTheFirstConfigured()
    {
        var options = new EntityExtractionOptions { PersonAliases = { ["Darmono Sastro"] = ["Pak Dar"], ["DARMONO SASTRO"] = ["Darmo"] } };

        var gazetteer = new PersonGazetteerBuilder(options).Build();

        Assert.Equal(["Darmono Sastro"], gazetteer.Names.Where(n => NameNormalizer.Fold(n) == "darmono sastro"));
    }

    [Fact]
    public void NameSeenWithCuesIsKnownWithoutThem()
    {
        var builder = new PersonGazetteerBuilder();
        builder.Observe("\"Kami siap,\" kata Wiratmoko Hadisaputro di Bandung.");
        builder.Observe("Direktur Wiratmoko Hadisaputro menolak berkomentar.");
        var extractor = new EntityExtractor(builder.Build());

        var persons = extractor.Extract(null, "Rapat itu juga membahas usulan Wiratmoko Hadisaputro soal anggaran.").Persons;

        Assert.Equal(["Wiratmoko Hadisaputro"], persons.Select(p => p.Name));
    }

    [Fact]
    public void LoneSurnameTakesTheFullNameTheArchiveKnows()
    {
        var builder = new PersonGazetteerBuilder();
        builder.Observe("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta.");
        builder.Observe("\"Kami menunggu,\" kata Sergei Lavrov kepada wartawan.");
        var gazetteer = builder.Build();

        var persons = new EntityExtractor(gazetteer).Extract(null, "\"Tidak ada jalan lain,\" kata Lavrov.").Persons;

        Assert.Equal("Sergei Lavrov", gazetteer.Resolve("Lavrov"));
        Assert.Equal(["Sergei Lavrov"], persons.Select(p => p.Name));
    }

    [Fact]
    public void SpellingVariantsResolveToTheSpellingSeenMost()
    {
        var builder = new PersonGazetteerBuilder();
        builder.Observe("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta.");
        builder.Observe("\"Kami menunggu,\" kata Sergei Lavrov kepada wartawan.");
        builder.Observe("Menlu Rusia Sergey Lavrov tiba di Jenewa.");

        var gazetteer = builder.Build();

        Assert.Equal("Sergei Lavrov", gazetteer.Resolve("Sergey Lavrov"));
    }

    [Fact]
    public void ShortFormOfOneLongerNameIsThatPersonAcrossTheArchive()
    {
        var builder = new PersonGazetteerBuilder();
        foreach (var city in new[] { "Bali", "Medan", "Padang", "Ambon", "Kupang" })
        {
            builder.Observe($"Menteri Keuangan Sri Wulandari Kusumawati tiba di {city}.");
        }
        builder.Observe("Menkeu Sri Wulandari menolak usulan itu.");
        builder.Observe("\"Kami hati-hati,\" ujar Sri Wulandari kepada wartawan.");
        var gazetteer = builder.Build();

        var persons = new EntityExtractor(gazetteer).Extract(null, "Rapat kabinet dihadiri Sri Wulandari dan para gubernur.").Persons;

        Assert.Equal("Sri Wulandari Kusumawati", gazetteer.Resolve("Sri Wulandari"));
        Assert.Equal(["Sri Wulandari Kusumawati"], persons.Select(p => p.Name));
    }

    [Fact]
    public void ShortFormOfAFullNameSeldomSeenStaysItself()
    {
        var builder = new PersonGazetteerBuilder();
        builder.Observe("Direktur Bagus Santoso Putra membuka acara.");
        builder.Observe("\"Kami siap,\" kata Bagus Santoso Putra di Medan.");
        builder.Observe("Ketua Bagus Santoso menutup rapat.");
        builder.Observe("\"Cukup,\" kata Bagus Santoso singkat.");

        Assert.Equal("Bagus Santoso", builder.Build().Resolve("Bagus Santoso"));
    }

    [Fact]
    public void ShortFormOfTwoLongerNamesStaysItself()
    {
        var builder = new PersonGazetteerBuilder();
        foreach (var city in new[] { "Bali", "Medan", "Padang", "Ambon", "Kupang" })
        {
            builder.Observe($"Direktur Bagus Santoso Putra tiba di {city}.");
            builder.Observe($"Kepala Desa Bagus Santoso Wibowo meninjau sawah di {city}.");
        }
        builder.Observe("Ketua Bagus Santoso menutup rapat.");
        builder.Observe("\"Cukup,\" kata Bagus Santoso singkat.");

        var gazetteer = builder.Build();

        Assert.Equal("Bagus Santoso", gazetteer.Resolve("Bagus Santoso"));
        Assert.Equal("Bagus Santoso Putra", gazetteer.Resolve("Bagus Santoso Putra"));
    }

    [Fact]
    public void LearnedSurnameIsTheFullNameItEndsAcrossTheArchive()
    {
        var builder = SurnameArchive("Darwin Kusnadi", 8);
        builder.Observe("\"Terima kasih,\" kata Ratna Kusnadi di Bogor.");
        builder.Observe("\"Sampai jumpa,\" ujar Ratna Kusnadi di Depok.");
        var gazetteer = builder.Build();

        var persons = new EntityExtractor(gazetteer).Extract(null, "Rapat itu dipimpin Kusnadi sendiri.").Persons;

        Assert.Equal(("Darwin Kusnadi", "Ratna Kusnadi"), (gazetteer.Resolve("Kusnadi"), gazetteer.Resolve("Ratna Kusnadi")));
        Assert.Equal(["Darwin Kusnadi"], persons.Select(p => p.Name));
    }

    [Fact]
    public void LearnedSurnameOfAFullNameSeldomSeenStaysItself()
    {
        var gazetteer = SurnameArchive("Darwin Kusnadi", 4).Build();

        Assert.Equal("Kusnadi", gazetteer.Resolve("Kusnadi"));
    }

    [Fact]
    public void LearnedWordThatAlsoBeginsANameStaysItself()
    {
        var builder = SurnameArchive("Darwin Kusnadi", 6);
        builder.Observe("Direktur Kusnadi Wibowo membuka acara.");
        builder.Observe("\"Kami siap,\" kata Kusnadi Wibowo di Medan.");

        Assert.Equal("Kusnadi", builder.Build().Resolve("Kusnadi"));
    }

    [Fact]
    public void LearnedSurnameIsNotFoldedIntoANameReadWithAnOffice()
    {
        var gazetteer = SurnameArchive("DKI Kusnadi", 6).Build();

        Assert.Equal("Kusnadi", gazetteer.Resolve("Kusnadi"));
    }

    /// <summary>The full name cued <paramref name="fullNameCues"/> times, the surname alone 8 times.</summary>
    private static PersonGazetteerBuilder SurnameArchive(string fullName, int fullNameCues)
    {
        var builder = new PersonGazetteerBuilder();
        var cities = new[] { "Bali", "Medan", "Padang", "Ambon", "Kupang", "Sorong", "Palu", "Jambi" };
        foreach (var city in cities.Take(fullNameCues))
        {
            builder.Observe($"\"Kami siap,\" kata {fullName} di {city}.");
        }
        foreach (var city in cities)
        {
            builder.Observe($"\"Semua aman,\" ujar Kusnadi di {city}.");
        }
        return builder;
    }

    [Fact]
    public void WrittenGazetteerReadsBackWithTheSameKnowledge()
    {
        var builder = new PersonGazetteerBuilder(new EntityExtractionOptions { PersonAliases = { ["Darmono Sastro"] = ["Pak Dar"] } });
        builder.Observe("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta.");
        builder.Observe("\"Kami menunggu,\" kata Sergei Lavrov kepada wartawan.");
        var original = builder.Build();
        using var file = new MemoryStream();
        original.WriteTo(file);
        file.Position = 0;

        var read = PersonGazetteer.ReadFrom(file);

        Assert.Equal(original.Names, read.Names);
        Assert.Equal(("Sergei Lavrov", "Darmono Sastro", "Joko Widodo"), (read.Resolve("Lavrov"), read.Resolve("Pak Dar"), read.Resolve("Jokowi")));
    }

    [Fact]
    public void ReadingSomethingElseFailsWithAMessage()
    {
        using var file = new MemoryStream("hello"u8.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => PersonGazetteer.ReadFrom(file));

        Assert.Contains("search-person-gazetteer 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultGazetteerKnowsTheBuiltInShortForms()
    {
        Assert.Equal(("Susilo Bambang Yudhoyono", "Basuki Tjahaja Purnama"), (PersonGazetteer.Default.Resolve("SBY"), PersonGazetteer.Default.Resolve("Ahok")));
    }

    [Fact]
    public void NameMostlyWrittenAfterAStreetOrHospitalCueIsNoPersonWithoutACue()
    {
        var builder = new PersonGazetteerBuilder();
        for (var i = 0; i < 3; i++)
        {
            builder.Observe($"Pasien ke-{i} dirawat di RSPAD Wirokusumo Hadiprojo sejak pagi.");
        }

        var extractor = new EntityExtractor(builder.Build());

        Assert.Empty(extractor.Extract(null, "Ia dirawat di Rumah Sakit Pusat Angkatan Darat (RSPAD) Wirokusumo Hadiprojo, Jakarta.").Persons);
    }

    [Fact]
    public void EmptyGazetteerKnowsNobody()
    {
        Assert.Equal((0, null), (PersonGazetteer.Empty.Count, PersonGazetteer.Empty.Resolve("Lavrov")));
    }

    [Theory]
    [InlineData("Sergey Lavrov", "sergei lavrov")]
    [InlineData("Soeharto", "suharto")]
    [InlineData("Djoko Tjandra", "joko candra")]
    [InlineData("Mohammad Hatta", "mohamad hata")]
    [InlineData("Müller", "muler")]
    public void NameNormalizerFoldsSpellingVariants(string name, string folded)
    {
        Assert.Equal(folded, NameNormalizer.Fold(name));
    }
}
