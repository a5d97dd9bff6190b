using Search.Core.Articles;
using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>Person, organisation and place rules on sentences written for these tests.</summary>
public sealed class EntityExtractorTests
{
    private static readonly EntityExtractor Extractor = new();

    [Fact]
    public void TitleBeforeANameMakesAPersonAndStaysOutOfTheName()
    {
        var entities = Extractor.Extract(null, "Gubernur Jawa Barat Ridwan Kamil meresmikan jembatan itu pada Senin pagi.");

        Assert.Equal(["Ridwan Kamil"], entities.Persons.Select(p => p.Name));
        Assert.Equal(["Jawa Barat"], entities.Places.Select(p => p.Name));
    }

    [Fact]
    public void WordAfterAnOfficeNamedForItsTerritoryIsThePlace()
    {
        var entities = Extractor.Extract(null, "Bupati Sleman, Sri Purnomo, mengatakan jalan itu segera diperbaiki.");

        Assert.Equal(["Sri Purnomo"], entities.Persons.Select(p => p.Name));
        Assert.Equal(["Sleman"], entities.Places.Select(p => p.Name));
    }

    [Fact]
    public void QuoteVerbMarksTheSpeakerAsAPerson()
    {
        var entities = Extractor.Extract(null, "\"Kami siap menghadapi musim hujan,\" kata Darmono di kantornya.");

        Assert.Equal(["Darmono"], entities.Persons.Select(p => p.Name));
    }

    [Fact]
    public void OrganisationBetweenTitleAndNameStaysAnOrganisation()
    {
        var entities = Extractor.Extract(null, "Ketua Umum Partai Gerindra Prabowo Subianto hadir dalam rapat itu.");

        Assert.Equal(["Prabowo Subianto"], entities.Persons.Select(p => p.Name));
        Assert.Equal(["Gerindra"], entities.Orgs.Select(o => o.Name));
    }

    [Fact]
    public void SurnameAloneJoinsTheFullNameOfTheSameArticle()
    {
        var body = "Menteri Keuangan Sri Mulyani Indrawati membuka pameran itu. Indrawati lalu berkeliling.";

        var person = Assert.Single(Extractor.Extract(null, body).Persons);

        Assert.Equal(("Sri Mulyani Indrawati", 2), (person.Name, person.Mentions));
        Assert.Equal(["Indrawati"], person.Aliases);
    }

    [Fact]
    public void AcronymInBracketsNamesTheOrganisation()
    {
        var entities = Extractor.Extract(null, "Komisi Pemberantasan Korupsi (KPK) memeriksa dua saksi. KPK belum menahan mereka.");

        var kpk = Assert.Single(entities.Orgs);
        Assert.Equal(("KPK", 3), (kpk.Name, kpk.Mentions));
    }

    [Fact]
    public void AcronymsAreOrganisationsNotPersons()
    {
        var entities = Extractor.Extract(null, "Pertemuan itu dihadiri utusan NATO dan ASEAN di Jenewa.");

        Assert.Empty(entities.Persons);
        Assert.Equal(["NATO", "ASEAN"], entities.Orgs.Select(o => o.Name));
        Assert.Equal(["Jenewa"], entities.Places.Select(p => p.Name));
    }

    [Fact]
    public void TitleCaseHeadlineMakesNoPersonOfItsCapitals()
    {
        var entities = Extractor.Extract("Harga Cabai Rawit Melonjak Tajam Jelang Lebaran di Pasar Induk", "Pedagang mengeluhkan harga.");

        Assert.Empty(entities.Persons);
    }

    [Fact]
    public void HeadlineNamesAPersonTheBodyEstablished()
    {
        var entities = Extractor.Extract("Darmono Tinjau Banjir Kiriman di Bekasi", "\"Kami siaga,\" kata Darmono kepada wartawan.");

        var person = Assert.Single(entities.Persons);
        Assert.Equal(("Darmono", 2), (person.Name, person.Mentions));
    }

    [Fact]
    public void NameClosedByAnOrganisationWordIsNoPerson()
    {
        var entities = Extractor.Extract(null, "Pemain itu pindah dari Sriwijaya FC ke klub lain, kata pelatih Budi Santoso.");

        Assert.Equal(["Budi Santoso"], entities.Persons.Select(p => p.Name));
        Assert.Contains("Sriwijaya FC", entities.Orgs.Select(o => o.Name));
    }

    [Fact]
    public void LowerCaseTextIsTruecasedBeforeTheRulesRead()
    {
        var mentions = Extractor.FindMentions("kemarin presiden joko widodo meninjau lokasi banjir di semarang bersama warga.");

        Assert.Contains(new EntityMention(EntityKind.Person, "joko widodo", 17, 11), mentions);
    }

    [Fact]
    public void EditorCodeLineIsNotAnOrganisation()
    {
        var entities = Extractor.Extract(null, "Rapat berlangsung tertutup.\n\n(FJR)");

        Assert.Empty(entities.Orgs);
    }

    [Fact]
    public void PersonsTheArticleListsAreKeptAndMerged()
    {
        var article = new Article
        {
            Id = "a1",
            Source = "contoh.id",
            Title = "Rapat Anggaran",
            Body = "Menteri Keuangan Sri Mulyani Indrawati memimpin rapat.",
            Published = DateTimeOffset.UnixEpoch,
            Persons = ["Sri Mulyani Indrawati", "Suahasil Nazara"],
        };

        var persons = Extractor.Extract(article).Persons;

        Assert.Equal([("Sri Mulyani Indrawati", 1), ("Suahasil Nazara", 0)], persons.Select(p => (p.Name, p.Mentions)));
    }
}
