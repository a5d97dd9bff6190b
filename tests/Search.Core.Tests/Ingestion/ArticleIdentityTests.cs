using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion;

public sealed class ArticleIdentityTests
{
    private static readonly DateTimeOffset Published = new(2021, 12, 3, 12, 35, 0, TimeSpan.FromHours(7));

    [Fact]
    public void GivenIdWinsOverUrlAndContent()
    {
        Assert.Equal("clickid-0123", ArticleIdentity.Resolve("  clickid-0123 ", "https://kompas.com/a", "kompas.com", "Judul", Published));
    }

    [Fact]
    public void UrlIdIsTheSha1PrefixOfTheNormalisedUrl()
    {
        // sha1("kompas.com/read/2019/09/10/berita?page=2")[:16], computed outside .NET.
        Assert.Equal("u-59189bae0d9a4c50", ArticleIdentity.FromUrl("https://www.kompas.com/read/2019/09/10/berita/?page=2"));
        Assert.Equal("u-59189bae0d9a4c50", ArticleIdentity.Resolve(null, "https://www.kompas.com/read/2019/09/10/berita/?page=2", "s", "t", Published));
    }

    [Theory]
    [InlineData("https://www.Kompas.com/read/2019/09/10/berita/?page=2#komentar")]
    [InlineData("http://kompas.com:80/read/2019/09/10/berita?utm_source=twitter&page=2&utm_medium=social")]
    [InlineData("  https://KOMPAS.COM/read/2019/09/10/berita?page=2  ")]
    public void UrlsOfTheSamePageNormaliseAlike(string url)
    {
        Assert.Equal("kompas.com/read/2019/09/10/berita?page=2", ArticleIdentity.NormaliseUrl(url));
    }

    [Fact]
    public void UrlPathCaseStillDistinguishesPages()
    {
        Assert.NotEqual(ArticleIdentity.FromUrl("https://kompas.com/Read/A"), ArticleIdentity.FromUrl("https://kompas.com/read/a"));
    }

    [Fact]
    public void ContentIdIsTheSha1PrefixOfSourceTitleAndUtcInstant()
    {
        // sha1("medcom.id\nmenlu rusia minta jaminan\n2021-12-03T05:35:00Z")[:16], computed outside .NET.
        Assert.Equal("c-3168f10921b7c537", ArticleIdentity.FromContent("Medcom.id", "Menlu  Rusia Minta Jaminan", Published));
        Assert.Equal("c-3168f10921b7c537", ArticleIdentity.Resolve(" ", null, "medcom.id", "Menlu Rusia Minta Jaminan", Published));
    }

    [Fact]
    public void ContentIdIsTheSameForTheSameInstantInAnotherZone()
    {
        Assert.Equal(
            ArticleIdentity.FromContent("medcom.id", "Judul", Published),
            ArticleIdentity.FromContent("medcom.id", "Judul", Published.ToOffset(TimeSpan.FromHours(9))));
    }

    [Fact]
    public void ContentIdChangesWithTheTitle()
    {
        Assert.NotEqual(
            ArticleIdentity.FromContent("medcom.id", "Judul Satu", Published),
            ArticleIdentity.FromContent("medcom.id", "Judul Dua", Published));
    }
}
