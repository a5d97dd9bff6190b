using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Articles;
using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>Short labelled articles written for the topic model tests, three per topic, and the index's analysis chain.</summary>
internal static class TopicTrainingArticles
{
    private static readonly TextAnalysis TextChain = new(Options.Create(new AnalysisOptions()), NullLogger<TextAnalysis>.Instance);

    /// <summary>The index's stemmed text chain, which the model reads articles with.</summary>
    public static Lucene.Net.Analysis.Analyzer Stemmed => TextChain.Stemmed;

    /// <summary>Small data: every feature counts, and a few passes are enough.</summary>
    public static readonly TopicModelOptions SmallDataOptions = new() { MinDocumentFrequency = 1, Epochs = 30 };

    public static IReadOnlyList<(string Title, string Body, string Topic)> Labelled { get; } =
    [
        ("Gol Telat Menangkan Tim Tamu", "Penyerang tim tamu mencetak gol pada menit akhir. Pelatih memuji lini tengah yang menguasai bola sepanjang laga di stadion.", "sepak-bola"),
        ("Klub Kota Juara Liga", "Klub itu memastikan gelar juara liga setelah menang di kandang. Kiper tampil gemilang dan penyerang mencetak dua gol.", "sepak-bola"),
        ("Bek Muda Pindah ke Klub Eropa", "Bek tim nasional resmi bergabung dengan klub Eropa. Pelatih berharap ia tampil di liga dan membawa tim menang.", "sepak-bola"),
        ("Mobil Listrik Baru Diluncurkan", "Pabrikan meluncurkan mobil listrik dengan baterai besar. Mesin senyap dan harga mobil itu bersaing di pameran otomotif.", "otomotif"),
        ("Penjualan Sepeda Motor Naik", "Penjualan sepeda motor naik bulan ini. Pabrikan menambah produksi mesin dan dealer menawarkan cicilan ringan.", "otomotif"),
        ("Uji Jalan SUV Tujuh Penumpang", "Kami menguji mobil SUV tujuh penumpang. Suspensi empuk, mesin bertenaga, dan konsumsi bahan bakar irit untuk mobil keluarga.", "otomotif"),
        ("Demam Berdarah Meningkat", "Dinas kesehatan mencatat kasus demam berdarah meningkat. Dokter meminta warga menguras bak air dan segera ke puskesmas bila demam.", "kesehatan"),
        ("Tidur Cukup Jaga Daya Tahan Tubuh", "Dokter menyarankan tidur tujuh jam. Kurang tidur melemahkan daya tahan tubuh dan memicu penyakit jantung.", "kesehatan"),
        ("Vaksin Campak untuk Anak", "Puskesmas membuka layanan vaksin campak bagi anak. Dokter anak menyebut vaksin mencegah penyakit menular.", "kesehatan"),
        ("Presiden Dua Negara Bertemu", "Presiden kedua negara bertemu di ibu kota dan menandatangani perjanjian dagang. Menteri luar negeri menyebut hubungan bilateral membaik.", "internasional"),
        ("PBB Serukan Gencatan Senjata", "Dewan Keamanan PBB menyerukan gencatan senjata di perbatasan. Duta besar sejumlah negara mendukung resolusi itu.", "internasional"),
        ("Pemilu di Negeri Tetangga", "Warga negeri tetangga memilih perdana menteri baru. Pengamat luar negeri menilai hubungan antarnegara di kawasan tetap stabil.", "internasional"),
    ];

    public static TopicFeatureExtractor Features(TopicModelOptions options) => new(Stemmed, options.TitleWeight, options.Bigrams, options.SourceFeature, options.SourceTerms, options.LeadWeight);

    public static TopicModel Train(TopicModelOptions options)
    {
        var features = Features(options);
        return TopicModel.Train(Labelled.Select(a => new TopicExample(features.Extract("contoh.id", a.Title, a.Body), a.Topic)).ToList(), features, options);
    }

    /// <summary>The model as its file holds it.</summary>
    public static byte[] Bytes(TopicModel model)
    {
        using var stream = new MemoryStream();
        model.WriteTo(stream);
        return stream.ToArray();
    }

    public static Article Article(string id, string title, string body, string? category = null) => new()
    {
        Id = id,
        Source = "contoh.id",
        Title = title,
        Body = body,
        Category = category,
        Published = new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.FromHours(7)),
    };
}
