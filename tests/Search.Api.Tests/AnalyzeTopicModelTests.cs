using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Indexing;
using Search.Core.Metadata;

namespace Search.Api.Tests;

/// <summary><c>POST /api/analyze</c> takes topic and topic scores from the trained model stored in the index root.</summary>
public sealed class AnalyzeTopicModelTests : IDisposable
{
    private const string Title = "Pabrikan Pamerkan Mobil Hibrida";

    private const string Body = "Mobil hibrida itu memakai mesin bensin dan baterai. Pabrikan menjualnya lewat dealer mulai bulan depan.";

    private readonly SearchApiFactory factory = new(ApiArticles.All);

    private readonly TextAnalysis analysis = new(Options.Create(new AnalysisOptions()), NullLogger<TextAnalysis>.Instance);

    [Fact]
    public async Task DraftTopicAndScoresComeFromTheStoredModel()
    {
        var model = TrainOnOurArticles();
        TopicModelStore.Save(model, factory.IndexPath);

        var response = await factory.CreateClient().PostAsJsonAsync("/api/analyze", new { title = Title, body = Body });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var scores = json.RootElement.GetProperty("topicScores").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        var expected = model.Classify(Title, Body);
        Assert.Equal("otomotif", json.RootElement.GetProperty("topic").GetString());
        Assert.Equal(16, scores.Count);
        Assert.Equal(expected["otomotif"], scores["otomotif"], precision: 12);
        Assert.Equal(expected["kesehatan"], scores["kesehatan"], precision: 12);
        Assert.Equal(0.0, scores["politik"]);
        Assert.NotEqual(TopicClassifier.Default.Classify("draft", null, null, Title, Body).Scores["otomotif"], scores["otomotif"], precision: 6);
    }

    [Fact]
    public async Task WithoutAStoredModelTheKeywordListsGiveTheScores()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/analyze", new { title = Title, body = Body });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var keywords = TopicClassifier.Default.Classify("draft", null, null, Title, Body);
        Assert.Equal(keywords.Topic, json.RootElement.GetProperty("topic").GetString());
        Assert.Equal(keywords.Scores["otomotif"], json.RootElement.GetProperty("topicScores").GetProperty("otomotif").GetDouble(), precision: 12);
    }

    [Fact]
    public async Task AnUnreadableModelLeavesTheKeywordListsInChargeInsteadOfFailingRequests()
    {
        File.WriteAllText(TopicModelStore.PathFor(factory.IndexPath), "bukan model");

        var response = await factory.CreateClient().PostAsJsonAsync("/api/analyze", new { title = Title, body = Body });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var keywords = TopicClassifier.Default.Classify("draft", null, null, Title, Body);
        Assert.Equal(keywords.Scores["otomotif"], json.RootElement.GetProperty("topicScores").GetProperty("otomotif").GetDouble(), precision: 12);
    }

    private TopicModel TrainOnOurArticles()
    {
        var options = new TopicModelOptions { MinDocumentFrequency = 1, Epochs = 30 };
        var features = new TopicFeatureExtractor(analysis.Stemmed, options.TitleWeight, options.Bigrams);
        (string Title, string Body, string Topic)[] articles =
        [
            ("Mobil Listrik Diluncurkan", "Pabrikan meluncurkan mobil listrik dengan baterai besar dan mesin senyap di pameran.", "otomotif"),
            ("Penjualan Kendaraan Naik", "Penjualan mobil dan sepeda motor naik; pabrikan menambah produksi mesin baru.", "otomotif"),
            ("Uji Jalan Mobil Keluarga", "Mesin bertenaga, suspensi empuk, dan bahan bakar irit untuk mobil keluarga.", "otomotif"),
            ("Waspada Demam Berdarah", "Dokter meminta warga mewaspadai demam berdarah dan segera ke puskesmas.", "kesehatan"),
            ("Tidur Cukup Itu Penting", "Kurang tidur melemahkan daya tahan tubuh, kata dokter spesialis jantung.", "kesehatan"),
            ("Layanan Vaksin Dibuka", "Puskesmas membuka layanan vaksin; dokter anak menyebut vaksin mencegah penyakit.", "kesehatan"),
        ];
        return TopicModel.Train(articles.Select(a => new TopicExample(features.Extract(a.Title, a.Body), a.Topic)).ToList(), features, options);
    }

    public void Dispose()
    {
        factory.Dispose();
        analysis.Dispose();
    }
}
