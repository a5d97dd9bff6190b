using System.Globalization;
using Search.Core.Articles;

namespace Search.Core.Tests.Discovery;

/// <summary>
/// Fictional newsroom for discovery tests, two weeks of it (Monday 24 February to Sunday 9 March 2025):
/// a bridge story carried by three outlets (one original, two lightly edited copies) with a follow-up
/// and a budget story; a football coach; and a health minister, Sari Wulandari, whose coverage spikes in
/// the second week. <see cref="Draft"/> is an unpublished article about the bridge.
/// </summary>
public static class DiscoveryFixtures
{
    public const string BridgeOriginal =
        "Jembatan gantung yang menghubungkan Desa Lamo Hulu dan Desa Lamo Hilir putus diterjang banjir bandang pada Senin pagi. " +
        "Arus Sungai Lamo yang deras menyeret tiang penyangga jembatan sepanjang delapan puluh meter itu. Tidak ada korban jiwa, " +
        "tetapi ratusan pelajar kini harus menyeberang dengan perahu kayu untuk sampai ke sekolah.\n\n" +
        "Kepala Desa Lamo Hulu, Darman Saputra, mengatakan jembatan itu dibangun swadaya warga dua puluh tahun lalu. " +
        "Gubernur Rina Halim dijadwalkan meninjau lokasi pada Selasa dan membawa bantuan logistik bagi warga yang terdampak banjir. " +
        "Badan Penanggulangan Bencana Daerah memasang tali pengaman di tepi sungai dan melarang warga mendekati sisa jembatan.";

    public static IReadOnlyList<Article> All { get; } =
    [
        // Week one (24 Feb - 2 Mar): the baseline.
        Make("s0", "kabarnusa.id", "2025-02-26T09:00:00+07:00", "Kesehatan", ["Sari Wulandari"],
            "Menteri Sari Wulandari tinjau puskesmas di Lamo",
            "Menteri Kesehatan Sari Wulandari meninjau puskesmas di Kabupaten Lamo dan meminta tenaga kesehatan menambah jam layanan bagi ibu hamil."),
        Make("r0", "warta-harian.com", "2025-02-28T10:00:00+07:00", "Daerah", ["Rina Halim"],
            "Gubernur Rina Halim resmikan pasar rakyat",
            "Gubernur Rina Halim meresmikan pasar rakyat baru di pusat kota dan meminta pedagang menjaga kebersihan los."),
        Make("x1", "warta-harian.com", "2025-02-25T15:00:00+07:00", "Ekonomi", [],
            "Indeks saham menguat di akhir Februari",
            "Indeks harga saham gabungan menguat pada perdagangan sore ditopang saham perbankan dan pertambangan."),
        Make("x2", "suarakota.id", "2025-02-27T19:00:00+07:00", "Gaya Hidup", [],
            "Festival kuliner pesisir ramai pengunjung",
            "Festival kuliner pesisir menghadirkan seratus gerai makanan laut dan ramai dikunjungi keluarga pada malam hari."),
        Make("b1", "kabarnusa.id", "2025-03-02T21:00:00+07:00", "Olahraga", ["Bayu Santoso"],
            "Timnas menang tipis atas Malaka",
            "Pelatih Bayu Santoso memuji disiplin pemain setelah timnas menang tipis satu gol tanpa balas atas Malaka di stadion utama."),

        // Week two (3 - 9 Mar): the bridge story, its copies, and the minister's vaccination campaign.
        Make("d1", "kabarnusa.id", "2025-03-03T08:00:00+07:00", "Daerah", ["Rina Halim"],
            "Jembatan gantung Sungai Lamo putus diterjang banjir", BridgeOriginal),
        Make("d2", "warta-harian.com", "2025-03-03T11:00:00+07:00", "Daerah", ["Rina Halim"],
            "Banjir bandang putuskan jembatan gantung di Lamo",
            "LAMO - " + BridgeOriginal.Replace("pada Senin pagi", "pada Senin (3/3) pagi").Replace("ratusan pelajar", "sekitar tiga ratus pelajar")),
        Make("d3", "suarakota.id", "2025-03-04T07:00:00+07:00", "Daerah", ["Rina Halim"],
            "Jembatan Lamo putus, pelajar naik perahu ke sekolah",
            BridgeOriginal.Replace("Tidak ada korban jiwa, tetapi", "Beruntung tidak ada korban jiwa. Namun") +
            "\n\nHingga Selasa pagi warga masih bergotong royong membersihkan batang kayu yang tersangkut di bekas tiang jembatan."),
        Make("d4", "kabarnusa.id", "2025-03-05T13:00:00+07:00", "Daerah", ["Rina Halim"],
            "Rina Halim janjikan jembatan baru untuk warga Lamo",
            "Gubernur Rina Halim meninjau bekas jembatan gantung di Sungai Lamo yang putus diterjang banjir. Ia menjanjikan jembatan " +
            "beton yang lebih tinggi dari permukaan banjir dan meminta dinas pekerjaan umum menyiapkan desain dalam sebulan. " +
            "Sementara itu pelajar Lamo Hulu menyeberang dengan perahu yang dikawal petugas."),
        Make("d5", "warta-harian.com", "2025-03-08T10:00:00+07:00", "Ekonomi", [],
            "DPRD setujui anggaran jembatan Lamo",
            "DPRD menyetujui anggaran darurat untuk membangun kembali jembatan di Sungai Lamo yang putus diterjang banjir. " +
            "Dana itu diambil dari pos belanja tak terduga dan akan dicairkan setelah desain jembatan selesai."),
        Make("b2", "warta-harian.com", "2025-03-06T20:00:00+07:00", "Olahraga", ["Bayu Santoso"],
            "Bayu Santoso umumkan skuad laga persahabatan",
            "Pelatih Bayu Santoso mengumumkan dua puluh tiga pemain untuk laga persahabatan melawan Malaka bulan depan."),
        Make("s1", "kabarnusa.id", "2025-03-03T10:00:00+07:00", "Kesehatan", ["Sari Wulandari"],
            "Sari Wulandari buka kampanye vaksinasi campak",
            "Menteri Kesehatan Sari Wulandari membuka kampanye vaksinasi campak nasional di sebuah sekolah dasar."),
        Make("s2", "warta-harian.com", "2025-03-04T09:00:00+07:00", "Kesehatan", ["Sari Wulandari"],
            "Target vaksinasi campak sepuluh juta anak",
            "Sari Wulandari menargetkan sepuluh juta anak menerima vaksin campak sebelum akhir bulan."),
        Make("s3", "suarakota.id", "2025-03-05T16:00:00+07:00", "Kesehatan", ["Sari Wulandari"],
            "Menteri kesehatan kunjungi posyandu",
            "Menteri Sari Wulandari mengunjungi posyandu dan menyapa para kader yang mencatat imunisasi balita."),
        Make("s4", "kabarnusa.id", "2025-03-07T08:30:00+07:00", "Kesehatan", ["Sari Wulandari"],
            "Stok vaksin aman kata menteri",
            "Sari Wulandari memastikan stok vaksin campak cukup hingga kampanye selesai dan meminta daerah melapor setiap pekan."),
        Make("s5", "warta-harian.com", "2025-03-09T23:30:00+07:00", "Kesehatan", ["Sari Wulandari"],
            "Kampanye vaksinasi capai separuh target",
            "Kementerian Kesehatan melaporkan kampanye vaksinasi campak telah menjangkau lima juta anak, kata Sari Wulandari."),
    ];

    public static IReadOnlyList<string> BridgeCopies { get; } = ["d1", "d2", "d3"];

    /// <summary>An unpublished follow-up on the bridge, padded past 20,000 characters as long features are.</summary>
    public static string LongDraftBody()
    {
        var body = new System.Text.StringBuilder(
            "Dua pekan setelah jembatan gantung Sungai Lamo putus diterjang banjir, pelajar Lamo Hulu masih menyeberang dengan perahu. " +
            "Gubernur Rina Halim berjanji jembatan beton segera dibangun.\n\n");
        while (body.Length <= 20_000)
        {
            body.Append("Warga bercerita tentang sungai, perahu kayu, dan sekolah di seberang desa. Setiap pagi para orang tua mengantar anak ke tepian ");
            body.Append("dan menunggu hingga perahu merapat dengan selamat di sisi lain.\n\n");
        }
        return body.ToString();
    }

    public static Article Make(string id, string source, string published, string category, string[] persons, string title, string body) => new()
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
