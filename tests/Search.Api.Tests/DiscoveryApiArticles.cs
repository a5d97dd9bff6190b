using System.Globalization;
using Search.Core.Articles;

namespace Search.Api.Tests;

/// <summary>
/// Fictional articles for the discovery endpoints: a bridge story carried by three outlets (an original and
/// two lightly edited copies) with a follow-up, and a health minister whose coverage rises in the week of
/// 3 March 2025 against the week before.
/// </summary>
public static class DiscoveryApiArticles
{
    private const string Bridge =
        "Jembatan gantung yang menghubungkan Desa Lamo Hulu dan Desa Lamo Hilir putus diterjang banjir bandang pada Senin pagi. " +
        "Arus Sungai Lamo yang deras menyeret tiang penyangga jembatan sepanjang delapan puluh meter itu. Tidak ada korban jiwa, " +
        "tetapi ratusan pelajar kini harus menyeberang dengan perahu kayu untuk sampai ke sekolah. Gubernur Rina Halim dijadwalkan " +
        "meninjau lokasi pada Selasa dan membawa bantuan logistik bagi warga yang terdampak banjir.";

    public static IReadOnlyList<Article> All { get; } =
    [
        Make("s0", "2025-02-26T09:00:00+07:00", "Kesehatan", ["Sari Wulandari"], "Menteri Sari Wulandari tinjau puskesmas",
            "Menteri Kesehatan Sari Wulandari meninjau puskesmas di Kabupaten Lamo."),
        Make("x1", "2025-02-25T15:00:00+07:00", "Ekonomi", [], "Indeks saham menguat", "Indeks harga saham gabungan menguat pada perdagangan sore."),
        Make("x2", "2025-02-27T19:00:00+07:00", "Gaya Hidup", [], "Festival kuliner pesisir", "Festival kuliner pesisir ramai dikunjungi keluarga."),
        Make("r0", "2025-02-28T10:00:00+07:00", "Daerah", ["Rina Halim"], "Gubernur Rina Halim resmikan pasar rakyat",
            "Gubernur Rina Halim meresmikan pasar rakyat baru di pusat kota."),
        Make("d1", "2025-03-03T08:00:00+07:00", "Daerah", ["Rina Halim"], "Jembatan gantung Sungai Lamo putus diterjang banjir", Bridge, "kabarnusa.id"),
        Make("d2", "2025-03-03T11:00:00+07:00", "Daerah", ["Rina Halim"], "Banjir bandang putuskan jembatan gantung di Lamo",
            "LAMO - " + Bridge.Replace("pada Senin pagi", "pada Senin (3/3) pagi"), "warta-harian.com"),
        Make("d3", "2025-03-04T07:00:00+07:00", "Daerah", ["Rina Halim"], "Jembatan Lamo putus, pelajar naik perahu",
            Bridge.Replace("Tidak ada korban jiwa, tetapi", "Beruntung tidak ada korban jiwa. Namun"), "suarakota.id"),
        Make("d4", "2025-03-05T13:00:00+07:00", "Daerah", ["Rina Halim"], "Rina Halim janjikan jembatan baru untuk warga Lamo",
            "Gubernur Rina Halim meninjau bekas jembatan gantung di Sungai Lamo yang putus diterjang banjir dan menjanjikan jembatan beton."),
        Make("s1", "2025-03-03T10:00:00+07:00", "Kesehatan", ["Sari Wulandari"], "Sari Wulandari buka kampanye vaksinasi",
            "Menteri Kesehatan Sari Wulandari membuka kampanye vaksinasi campak nasional."),
        Make("s2", "2025-03-04T09:00:00+07:00", "Kesehatan", ["Sari Wulandari"], "Target vaksinasi sepuluh juta anak",
            "Sari Wulandari menargetkan sepuluh juta anak menerima vaksin campak."),
        Make("s3", "2025-03-06T16:00:00+07:00", "Kesehatan", ["Sari Wulandari"], "Menteri kesehatan kunjungi posyandu",
            "Menteri Sari Wulandari mengunjungi posyandu dan menyapa para kader."),
        Make("s4", "2025-03-07T08:30:00+07:00", "Kesehatan", ["Sari Wulandari"], "Stok vaksin aman kata menteri",
            "Sari Wulandari memastikan stok vaksin campak cukup hingga kampanye selesai."),
        Make("s5", "2025-03-08T21:00:00+07:00", "Kesehatan", ["Sari Wulandari"], "Kampanye vaksinasi capai separuh target",
            "Kampanye vaksinasi campak telah menjangkau lima juta anak, kata Sari Wulandari."),
    ];

    private static Article Make(string id, string published, string category, string[] persons, string title, string body, string source = "kabarnusa.id") => new()
    {
        Id = id,
        Url = $"https://{source}/{id}",
        Source = source,
        Title = title,
        Body = body,
        Published = DateTimeOffset.Parse(published, CultureInfo.InvariantCulture),
        Category = category,
        Persons = persons,
    };
}
