using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Indexing;

namespace Search.Indexer.Tests;

/// <summary><c>train-topics</c> writes the model to the index root, and <c>index</c> then tags unlabelled articles with it.</summary>
public sealed class TrainTopicsCommandTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "search-train-topics-test-" + Guid.NewGuid().ToString("N"));

    private string Labelled => Path.Combine(root, "labelled");

    private string Unlabelled => Path.Combine(root, "unlabelled");

    private string IndexRoot => Path.Combine(root, "index");

    public TrainTopicsCommandTests()
    {
        System.IO.Directory.CreateDirectory(Labelled);
        System.IO.Directory.CreateDirectory(Unlabelled);
        var otomotif = new[]
        {
            "Pabrikan meluncurkan mobil listrik dengan baterai besar dan mesin senyap di pameran.",
            "Penjualan mobil dan sepeda motor naik; pabrikan menambah produksi mesin baru.",
            "Uji jalan mobil keluarga: mesin bertenaga, suspensi empuk, bahan bakar irit.",
        };
        var kesehatan = new[]
        {
            "Dokter meminta warga mewaspadai demam berdarah dan segera ke puskesmas.",
            "Kurang tidur melemahkan daya tahan tubuh, kata dokter spesialis jantung.",
            "Puskesmas membuka layanan vaksin; dokter anak menyebut vaksin mencegah penyakit.",
        };
        File.WriteAllLines(Path.Combine(Labelled, "labelled.jsonl"),
            otomotif.Select((body, i) => Line($"oto-{i}", "Otomotif", body))
                .Concat(kesehatan.Select((body, i) => Line($"sehat-{i}", "Kesehatan", body)))
                .Append(Line("tanpa-label", null, "Artikel tanpa rubrik tidak ikut dilatih."))
                .Append("{ bukan json"));
        File.WriteAllLines(Path.Combine(Unlabelled, "drafts.jsonl"),
        [
            Line("baru-1", null, "Mobil hibrida baru memakai mesin bensin dan baterai; pabrikan menjualnya lewat dealer."),
            Line("baru-2", null, "Dokter puskesmas mengingatkan penyakit demam dan pentingnya vaksin bagi anak."),
        ]);
    }

    [Fact]
    public void TrainedModelLandsInTheIndexRootAndTagsArticlesWithoutALabel()
    {
        Environment.SetEnvironmentVariable("Topics__MinDocumentFrequency", "1");
        try
        {
            Assert.Equal(1, TrainTopicsCommand.Run([Labelled], IndexRoot));
        }
        finally
        {
            Environment.SetEnvironmentVariable("Topics__MinDocumentFrequency", null);
        }

        Assert.True(File.Exists(Path.Combine(IndexRoot, TopicModelStore.FileName)));
        Assert.Equal(0, IndexCommand.Run([Unlabelled], IndexRoot, rebuild: true));
        Assert.Equal(0, IndexCommand.Run([Unlabelled], IndexRoot, rebuild: true));
        Assert.True(File.Exists(Path.Combine(IndexRoot, TopicModelStore.FileName)));
        Assert.Equal(new Dictionary<string, string> { ["baru-1"] = "otomotif", ["baru-2"] = "kesehatan" }, StoredTopics());
    }

    [Fact]
    public void TrainingWithoutAnyKnownLabelWritesNothingAndExitsWith2()
    {
        Assert.Equal(2, TrainTopicsCommand.Run([Unlabelled], IndexRoot));
        Assert.False(File.Exists(Path.Combine(IndexRoot, TopicModelStore.FileName)));
        Assert.Equal(2, TrainTopicsCommand.Run([Path.Combine(root, "nowhere")], IndexRoot));
    }

    private Dictionary<string, string> StoredTopics()
    {
        using var directory = FSDirectory.Open(IndexLayout.LiveDirectory(IndexRoot));
        using var reader = DirectoryReader.Open(directory);
        return Enumerable.Range(0, reader.MaxDoc)
            .Select(i => ArticleDocumentMapper.ToArticle(reader.Document(i)))
            .ToDictionary(a => a.Id, a => a.Topic!);
    }

    private static string Line(string id, string? category, string body) =>
        $$"""{"id":"{{id}}","url":"https://contoh.id/{{id}}","source":"contoh.id","title":"Kabar {{id}}","published":"2024-03-01T08:00:00+07:00","category":{{(category is null ? "null" : $"\"{category}\"")}},"body":"{{body}}","tags":[],"persons":[]}""";

    public void Dispose()
    {
        if (System.IO.Directory.Exists(root))
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
    }
}
