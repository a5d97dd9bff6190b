using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion;

public sealed class SiteProfileCatalogTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void BuiltInCatalogHasMedcomAndKabarnusaAndAGenericDefault()
    {
        var catalog = SiteProfileCatalog.BuiltIn;

        Assert.Equal(["medcom", "kabarnusa"], catalog.Sites.Select(site => site.Name));
        Assert.Equal(["medcom.id", "kabarnusa.id"], catalog.Sites.Select(site => site.Source));
        Assert.Equal("generic", catalog.Default.Name);
        Assert.Null(catalog.Default.Source);
    }

    [Theory]
    [InlineData("medcom-2021-12-03-lavrov.txt", "Judul", "medcom")]
    [InlineData("/data/MEDCOM-x.txt", "Judul", "medcom")]
    [InlineData("halaman.txt", "Powered by Medcom.id", "medcom")]
    [InlineData("kabarnusa-2023-01-01.txt", "Judul", "kabarnusa")]
    [InlineData("halaman.txt", "Powered by Kabarnusa.id", "kabarnusa")]
    [InlineData("halaman.txt", "Powered by Lain.id", "generic")]
    public void PagesAreRecognisedByFileNamePrefixOrByASiteLine(string file, string line, string expected)
    {
        Assert.Equal(expected, SiteProfileCatalog.BuiltIn.Recognise(file, ["Judul", line]).Name);
    }

    [Fact]
    public void SiteRulesLeftOutAreTakenFromTheDefault()
    {
        var kabarnusa = SiteProfileCatalog.BuiltIn.Sites.Single(site => site.Name == "kabarnusa");

        Assert.Same(SiteProfileCatalog.BuiltIn.Default.DatelinePatterns, kabarnusa.DatelinePatterns);
        Assert.Same(SiteProfileCatalog.BuiltIn.Default.RelatedLine, kabarnusa.RelatedLine);
    }

    [Fact]
    public void ExtraProfilesFileAddsSitesAndReplacesBuiltInOnesByName()
    {
        var path = _directory.Write("profiles.json", """
            // extra sites for a deployment
            {
              "sites": [
                { "name": "warta", "source": "warta.example", "fileNamePrefixes": ["warta-"],
                  "footerMarkers": [ { "regex": "^Tutup iklan$" } ] },
                { "name": "kabarnusa", "source": "kabarnusa.co", "fileNamePrefixes": ["kn-"] },
              ]
            }
            """);

        var catalog = SiteProfileCatalog.Load(new IngestionOptions { SiteProfilesPath = path });

        Assert.Equal(["warta", "kabarnusa", "medcom"], catalog.Sites.Select(site => site.Name));
        Assert.Equal("kabarnusa.co", catalog.Recognise("kn-1.txt", []).Source);
        Assert.Equal("generic", catalog.Recognise("kabarnusa-1.txt", []).Name);
        Assert.Equal("generic", catalog.Default.Name);
    }

    [Fact]
    public void ExtraProfileRulesApplyWhenParsing()
    {
        var path = _directory.Write("profiles.json", """{ "sites": [ { "name": "warta", "source": "warta.example", "fileNamePrefixes": ["warta-"], "footerMarkers": [ { "exact": "Tutup iklan" } ] } ] }""");
        var parser = new RawArticleParser(SiteProfileCatalog.Load(new IngestionOptions { SiteProfilesPath = path }));

        var article = parser.Parse("Judul\nAni - 1 Mar 2022 09:00 WIB\nIsi berita.\nTUTUP IKLAN\nIklan mobil.", "warta-1.txt").Article!;

        Assert.Equal("warta.example", article.Source);
        Assert.Equal("Isi berita.", article.Body);
    }

    [Theory]
    [InlineData("""{ "sites": [ { "name": "x", "trackerLines": [ { "regex": "([" } ] } ] }""", "site profile 'x' trackerLines: invalid regex")]
    [InlineData("""{ "sites": [ { "name": "x", "relatedLine": { "regex": "^Baca: .+$" } } ] }""", "site profile 'x' relatedLine: needs a \"regex\" with a (?<title>…) group.")]
    [InlineData("""{ "sites": [ { "name": "x", "footerMarkers": [ { "exact": "a", "regex": "b" } ] } ] }""", "needs exactly one of \"exact\" or \"regex\"")]
    [InlineData("""{ "sites": [ { "name": "x", "footerMarker": [] } ] }""", "not a valid site profiles document")]
    [InlineData("""{ "sites": [ { "name": "x" }, { "name": "X" } ] }""", "site profile 'X' is declared twice")]
    public void InvalidProfilesFileFailsNamingTheProblem(string json, string expected)
    {
        var path = _directory.Write("profiles.json", json);

        var error = Assert.Throws<InvalidDataException>(() => SiteProfileCatalog.Load(new IngestionOptions { SiteProfilesPath = path }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingProfilesFileFailsNamingThePath()
    {
        var path = Path.Combine(_directory.Path, "tidak-ada.json");

        var error = Assert.Throws<InvalidDataException>(() => SiteProfileCatalog.Load(new IngestionOptions { SiteProfilesPath = path }));

        Assert.StartsWith($"Site profiles file '{path}' cannot be read", error.Message, StringComparison.Ordinal);
    }
}
