using Search.Core.Articles;

namespace Search.Core.Tests.Searching;

/// <summary>Hand-written articles for search tests.</summary>
public static class Fixtures
{
    public static Article Article(
        string id,
        string title,
        string body,
        string published,
        string? category = null,
        string source = "kabarnusa.id",
        params string[] persons) => new()
    {
        Id = id,
        Url = $"https://{source}/{id}",
        Source = source,
        Title = title,
        Body = body,
        Published = DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
        Category = category,
        Persons = persons,
    };

    /// <summary>Six articles over three topics, two sources, three persons and two years.</summary>
    public static IReadOnlyList<Article> Newsroom() =>
    [
        Article("a1", "Gubernur meresmikan jembatan baru", "Gubernur Rina Halim meresmikan jembatan di Sungai Lamo.", "2024-01-10T09:00:00+07:00", "Daerah", "kabarnusa.id", "Rina Halim"),
        Article("a2", "Pelatih timnas umumkan skuad", "Pelatih Bayu Santoso mengumumkan skuad untuk laga persahabatan.", "2024-02-01T20:00:00+07:00", "Olahraga", "warta-harian.com", "Bayu Santoso"),
        Article("a3", "Jembatan Sungai Lamo ramai dikunjungi", "Warga memadati jembatan baru yang diresmikan Rina Halim.", "2024-02-15T07:30:00+07:00", "daerah", "warta-harian.com", "Rina Halim"),
        Article("a4", "Timnas menang tipis", "Bayu Santoso memuji pemain setelah timnas menang tipis. Rina Halim hadir di stadion.", "2025-03-01T21:00:00+07:00", "Olahraga", "kabarnusa.id", "Bayu Santoso", "Rina Halim"),
        Article("a5", "Anggaran daerah dibahas", "DPRD membahas anggaran daerah bersama Gubernur Rina Halim dan Sekda Tono Wibisono.", "2025-03-31T23:59:00+07:00", "Ekonomi", "kabarnusa.id", "Rina Halim", "Tono Wibisono"),
        Article("a6", "Pasar saham menguat", "Indeks saham menguat pada awal April.", "2025-04-01T00:00:00+07:00", "Ekonomi", "warta-harian.com"),
    ];
}
