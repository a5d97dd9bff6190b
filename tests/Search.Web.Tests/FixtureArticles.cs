using System.Globalization;
using Search.Core.Articles;

namespace Search.Web.Tests;

/// <summary>
/// Twelve fictional articles: three topics, six persons, three outlets, two years. "jembatan" is in
/// exactly five of them: p1, p2 and p5 (politik), e3 (ekonomi) and o3 (olahraga), in five different months.
/// </summary>
public static class FixtureArticles
{
    public static IReadOnlyList<Article> All { get; } =
    [
        Make("p1", "Gubernur Rina Halim resmikan jembatan Sungai Lamo", "2024-01-15T06:30:00+07:00", "Politik", "kabarnusa.id", ["Rina Halim"],
            "Gubernur Rina Halim meresmikan jembatan gantung sepanjang 120 meter di atas Sungai Lamo pada Senin pagi.\n\n"
            + "Jembatan itu menghubungkan dua desa yang selama ini hanya bisa dicapai dengan perahu. \"Anak-anak tidak perlu lagi menyeberang sungai untuk bersekolah,\" kata Rina.\n\n"
            + "Pembangunan menghabiskan anggaran daerah selama dua tahun.",
            caption: "Gubernur Rina Halim menggunting pita peresmian jembatan gantung Sungai Lamo.", dateline: "Lamo", author: "Tim Kabar Nusa",
            related: ["Warga dua desa sambut jembatan gantung", "Anggaran infrastruktur Lamo naik"]),
        Make("p2", "DPRD Lamo panggil gubernur soal anggaran jembatan", "2024-03-04T10:00:00+07:00", "Politik", "warta-harian.com", ["Rina Halim", "Agus Wiranata"],
            "Dewan memanggil Gubernur Rina Halim untuk menjelaskan pembengkakan anggaran jembatan.\n\nKetua fraksi Agus Wiranata meminta laporan terbuka."),
        Make("p3", "Agus Wiranata umumkan pencalonan wali kota", "2024-06-20T14:00:00+07:00", "Politik", "suarakota.id", ["Agus Wiranata"],
            "Agus Wiranata resmi mendaftar sebagai calon wali kota.\n\nIa berjanji memperbaiki layanan air bersih."),
        Make("p4", "Debat calon wali kota bahas banjir", "2025-02-11T19:30:00+07:00", "Politik", "kabarnusa.id", ["Agus Wiranata", "Sari Lestari"],
            "Debat pertama mempertemukan Agus Wiranata dan Sari Lestari.\n\nKeduanya menawarkan cara berbeda menangani banjir tahunan."),
        Make("p5", "Gubernur tinjau jembatan yang retak", "2025-05-08T09:15:00+07:00", "Politik", "warta-harian.com", ["Rina Halim"],
            "Gubernur Rina Halim meninjau jembatan di Sungai Lamo setelah warga melaporkan retakan.\n\nDinas pekerjaan umum diminta memeriksa struktur."),
        Make("e1", "Harga beras naik menjelang Ramadan", "2024-03-18T08:00:00+07:00", "Ekonomi", "kabarnusa.id", ["Sari Lestari"],
            "Harga beras medium naik sepuluh persen di pasar induk.\n\nSari Lestari dari dinas perdagangan menjamin stok aman."),
        Make("e2", "Pasar murah digelar di tiga kecamatan", "2024-09-02T07:00:00+07:00", "Ekonomi", "suarakota.id", ["Sari Lestari"],
            "Pemerintah kota menggelar pasar murah untuk menahan harga.\n\nAntrean warga mengular sejak subuh."),
        Make("e3", "Pembangunan jembatan dorong ekonomi desa", "2025-02-25T11:00:00+07:00", "Ekonomi", "suarakota.id", ["Rina Halim"],
            "Setahun setelah jembatan Sungai Lamo dibuka, penjualan hasil kebun desa naik dua kali lipat.\n\nRina Halim menyebut akses adalah kunci."),
        Make("e4", "Ekspor kopi Lamo menembus Eropa", "2025-07-14T13:00:00+07:00", "Ekonomi", "warta-harian.com", ["Budi Hartono"],
            "Koperasi petani kopi mengirim kontainer pertama ke Rotterdam.\n\nBudi Hartono, ketua koperasi, menargetkan lima kontainer tahun ini."),
        Make("o1", "Persada FC menang di kandang", "2024-05-05T21:00:00+07:00", "Olahraga", "warta-harian.com", ["Dimas Pratama"],
            "Persada FC menang 2-0 berkat gol Dimas Pratama.\n\nStadion penuh sejak sore."),
        Make("o2", "Dimas Pratama cedera jelang laga penting", "2024-11-09T16:00:00+07:00", "Olahraga", "kabarnusa.id", ["Dimas Pratama"],
            "Dimas Pratama mengalami cedera otot paha belakang.\n\nIa diperkirakan absen tiga pekan."),
        Make("o3", "Lari pagi di jembatan baru diikuti ribuan warga", "2025-03-30T06:00:00+07:00", "Olahraga", "kabarnusa.id", ["Maria Tebay"],
            "Ribuan warga berlari melintasi jembatan Sungai Lamo.\n\nPelari nasional Maria Tebay membuka acara."),
    ];

    private static Article Make(
        string id, string title, string published, string topic, string source, string[] persons, string body,
        string? caption = null, string? dateline = null, string? author = null, string[]? related = null) => new()
        {
            Id = id,
            Url = $"https://{source}/berita/{id}",
            Source = source,
            Title = title,
            Body = body,
            Caption = caption,
            Dateline = dateline,
            Author = author,
            EditorCode = dateline is null ? null : "RDK",
            Published = DateTimeOffset.Parse(published, CultureInfo.InvariantCulture),
            Category = topic,
            Persons = persons,
            RelatedTitles = related ?? [],
        };
}
