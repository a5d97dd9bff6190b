using System.Globalization;
using Search.Core.Articles;

namespace Search.Api.Tests;

/// <summary>Hand-written articles for the API tests.</summary>
public static class ApiArticles
{
    public static IReadOnlyList<Article> All { get; } =
    [
        Make("k1", "Gubernur meresmikan jembatan baru", "Gubernur Rina Halim meresmikan jembatan di Sungai Lamo.", "2024-01-10T09:00:00+07:00", "Daerah", "kabarnusa.id", ["Rina Halim"]),
        Make("k2", "Pelatih timnas umumkan skuad", "Pelatih Bayu Santoso mengumumkan skuad <baru>.", "2024-02-01T20:00:00+07:00", "Olahraga", "warta-harian.com", ["Bayu Santoso"]),
        Make("k3", "Jembatan ramai dikunjungi", "Warga memadati jembatan yang diresmikan Rina Halim.", "2025-02-15T07:30:00+08:00", "daerah", "warta-harian.com", ["Rina Halim"]),
    ];

    private static Article Make(string id, string title, string body, string published, string category, string source, string[] persons) => new()
    {
        Id = id,
        Url = $"https://{source}/{id}",
        Source = source,
        Title = title,
        Body = body,
        Caption = "Foto: dokumentasi",
        Dateline = "Lamo",
        Published = DateTimeOffset.Parse(published, CultureInfo.InvariantCulture),
        Category = category,
        Persons = persons,
        RelatedTitles = ["Judul terkait"],
    };
}
