using Search.Core.Indexing;
using Search.Core.Metadata;
using static Search.Core.Tests.Metadata.TopicTrainingArticles;

namespace Search.Core.Tests.Metadata;

/// <summary>The trained topic model on articles written for these tests: learning, saving, and deciding unlabelled articles.</summary>
public sealed class TopicModelTests
{
    private const string CarTitle = "Pabrikan Pamerkan Mobil Hibrida";

    private const string CarBody = "Mobil hibrida itu memakai mesin bensin dan baterai. Pabrikan menjualnya lewat dealer mulai bulan depan.";

    [Theory]
    [InlineData(TopicAlgorithm.NaiveBayes)]
    [InlineData(TopicAlgorithm.ComplementNaiveBayes)]
    [InlineData(TopicAlgorithm.LogisticRegression)]
    public void ModelTrainedOnOurArticlesPutsUnseenArticlesInTheirTopics(TopicAlgorithm algorithm)
    {
        var model = Train(SmallDataOptions with { Algorithm = algorithm });

        Assert.Equal(
            ["otomotif", "kesehatan", "sepak-bola", "internasional"],
            new[]
            {
                model.Classify(CarTitle, CarBody),
                model.Classify("Dokter Ingatkan Bahaya Demam", "Dokter di puskesmas meminta warga mewaspadai penyakit demam dan menjaga daya tahan tubuh."),
                model.Classify("Penyerang Cetak Gol Kemenangan", "Tim tuan rumah menang berkat gol penyerang muda. Pelatih puas dengan permainan di stadion."),
                model.Classify("Menteri Luar Negeri Kunjungi Negara Sahabat", "Menteri luar negeri bertemu presiden negara sahabat untuk membahas perjanjian dan hubungan bilateral."),
            }.Select(Best));
    }

    [Fact]
    public void ProbabilitiesCoverEveryTrainedTopicAndSumToOne()
    {
        var probabilities = Train(SmallDataOptions).Classify(CarTitle, CarBody);

        Assert.Equal(["internasional", "kesehatan", "otomotif", "sepak-bola"], probabilities.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1.0, probabilities.Values.Sum(), precision: 12);
    }

    [Fact]
    public void TrainingTheSameArticlesTwiceWritesTheSameBytes()
    {
        Assert.Equal(Bytes(Train(SmallDataOptions)), Bytes(Train(SmallDataOptions)));
    }

    [Theory]
    [InlineData(TopicAlgorithm.NaiveBayes)]
    [InlineData(TopicAlgorithm.LogisticRegression)]
    public void SavedModelReadsBackWithItsSettingsAndScores(TopicAlgorithm algorithm)
    {
        var model = Train(SmallDataOptions with { Algorithm = algorithm, TitleWeight = 2, Bigrams = true, SourceFeature = true, SourceTerms = true, LeadWeight = 1.5f });

        using var stream = new MemoryStream(Bytes(model));
        var read = TopicModel.ReadFrom(stream, Stemmed);

        Assert.Equal(
            (model.Algorithm, 2f, true, true, true, 1.5f, model.VocabularySize),
            (read.Algorithm, read.Features.TitleWeight, read.Features.Bigrams, read.Features.Source, read.Features.SourceTerms, read.Features.LeadWeight, read.VocabularySize));
        Assert.Equal(model.Topics, read.Topics);
        Assert.Equal(Sorted(model.Classify(CarTitle, CarBody)), Sorted(read.Classify(CarTitle, CarBody)));
        Assert.Equal(Bytes(model), Bytes(read));
    }

    [Fact]
    public void SourceHostIsOneFeatureOfWeightOneWhenTheModelReadsIt()
    {
        var features = new TopicFeatureExtractor(Stemmed, titleWeight: 1, bigrams: false, source: true);

        var read = features.Extract(" WWW.Contoh.ID ", "Gol", "Gol telat.");

        Assert.Equal(
            [("@source:contoh.id", 1f), ("gol", 2f), ("telat", 1f)],
            read.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)));
        Assert.DoesNotContain("@source:contoh.id", new TopicFeatureExtractor(Stemmed, 1, false).Extract("contoh.id", "Gol", "Gol telat.").Keys);
    }

    [Fact]
    public void WithoutSiteKeepsTheWordsAndDropsTheHostAndTheTermsUnderIt()
    {
        var features = new TopicFeatureExtractor(Stemmed, titleWeight: 1, bigrams: false, source: true, sourceTerms: true).Extract("contoh.id", "Gol", "Gol telat.");

        Assert.Equal(
            [("gol", 2f), ("telat", 1f)],
            TopicFeatureExtractor.WithoutSite(features).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)));
    }

    [Fact]
    public void SourceTermsCountEachTermAgainUnderItsHost()
    {
        var features = new TopicFeatureExtractor(Stemmed, titleWeight: 1, bigrams: false, source: true, sourceTerms: true);

        var read = features.Extract("www.contoh.id", "Gol", "Gol telat.");

        Assert.Equal(
            [("@source:contoh.id", 1f), ("contoh.id|gol", 2f), ("contoh.id|telat", 1f), ("gol", 2f), ("telat", 1f)],
            read.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)));
    }

    [Fact]
    public void SourceHostKeepsWeightOneBesideTheUnitLengthTextVector()
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal) { ["@source:contoh.id"] = 0, ["gol"] = 1, ["telat"] = 2 };
        var features = new Dictionary<string, float>(StringComparer.Ordinal) { ["@source:contoh.id"] = 1, ["gol"] = 3, ["telat"] = 3 };

        var (index, value) = TopicVectors.Vectorize(features, vocabulary, [5, 1, 1]);

        Assert.Equal([1, 2, 0], index);
        Assert.Equal([(float)Math.Sqrt(0.5), (float)Math.Sqrt(0.5), 1f], value);
    }

    [Fact]
    public void ModelWithTheSourceHostLearnsWhatASiteFilesUnderWhichTopic()
    {
        var options = SmallDataOptions with { SourceFeature = true };
        var features = new TopicFeatureExtractor(Stemmed, options.TitleWeight, options.Bigrams, source: true);
        var examples = Labelled.Select(a => new TopicExample(features.Extract(a.Topic == "otomotif" ? "oto.example" : "umum.example", a.Title, a.Body), a.Topic)).ToList();
        var model = TopicModel.Train(examples, features, options);

        var fromTheCarSite = model.Classify("oto.example", "Kabar Hari Ini", "Ada kabar baru hari ini.");
        var fromElsewhere = model.Classify("umum.example", "Kabar Hari Ini", "Ada kabar baru hari ini.");

        Assert.Equal("otomotif", Best(fromTheCarSite));
        Assert.NotEqual("otomotif", Best(fromElsewhere));
        Assert.Equal("otomotif", Best(model.Classify("baru.example", CarTitle, CarBody)));
        using var stream = new MemoryStream(Bytes(model));
        Assert.Equal((true, false), (TopicModel.ReadFrom(stream, Stemmed).Features.Source, TopicModel.ReadFrom(new MemoryStream(Bytes(model)), Stemmed).Features.SourceTerms));
    }

    [Fact]
    public void BalancedTopicsRaiseTheScoreOfARareTopic()
    {
        var features = Features(SmallDataOptions);
        var examples = Enumerable.Range(0, 9).Select(i => new TopicExample(features.Extract("Kabar Laga", "Laga berlangsung ramai. Gol tercipta."), "sepak-bola"))
            .Append(new TopicExample(features.Extract("Kabar Mobil", "Mobil baru tampil ramai di pameran."), "otomotif")).ToList();

        double Rare(double balance) =>
            TopicModel.Train(examples, features, SmallDataOptions with { TopicBalance = balance }).Classify("Ramai", "Suasana ramai.")["otomotif"];

        Assert.True(Rare(1) > Rare(0) + 0.1, $"balanced {Rare(1):0.000} against {Rare(0):0.000}");
    }

    [Fact]
    public void ForeignAndTruncatedFilesAreRefusedAsInvalidData()
    {
        var bytes = Bytes(Train(SmallDataOptions));

        Assert.Throws<InvalidDataException>(() => TopicModel.ReadFrom(new MemoryStream("bukan model"u8.ToArray()), Stemmed));
        Assert.Throws<InvalidDataException>(() => TopicModel.ReadFrom(new MemoryStream(bytes[..(bytes.Length / 2)]), Stemmed));
        var negativeTopics = (byte[])bytes.Clone();
        var topicCount = 1 + "search-topic-model 3".Length + 4 + 4 + 1 + 1 + 1 + 4 + 1;
        BitConverter.GetBytes(-1).CopyTo(negativeTopics, topicCount);
        Assert.Throws<InvalidDataException>(() => TopicModel.ReadFrom(new MemoryStream(negativeTopics), Stemmed));
    }

    [Fact]
    public void ModelDecidesUnlabelledArticlesAndLabelsStillDecideTheRest()
    {
        var model = Train(SmallDataOptions);
        var classifier = TopicClassifier.Default.WithModel(model);

        var unlabelled = classifier.Classify("contoh.id", null, null, CarTitle, CarBody);
        var unknownLabel = classifier.Classify("contoh.id", "Rupa-rupa", null, CarTitle, CarBody);
        var labelled = classifier.Classify("tempo.co", "bola", null, CarTitle, CarBody);

        Assert.Equal(("otomotif", TopicBasis.Model), (unlabelled.Topic, unlabelled.Basis));
        Assert.Equal(("otomotif", TopicBasis.Model), (unknownLabel.Topic, unknownLabel.Basis));
        Assert.Equal(("sepak-bola", TopicBasis.Label), (labelled.Topic, labelled.Basis));
        Assert.Equal(model.Classify("contoh.id", CarTitle, CarBody)["otomotif"], unlabelled.Scores["otomotif"]);
        Assert.NotEqual(model.Classify(CarTitle, CarBody)["otomotif"], unlabelled.Scores["otomotif"]);
        Assert.Equal(0.0, unlabelled.Scores["politik"]);
        Assert.Equal("otomotif", classifier.TopicOf(Article("a-1", CarTitle, CarBody)));
        Assert.Equal("sepak-bola", classifier.TopicOf(Article("a-2", CarTitle, CarBody, category: "Bola") with { Source = "tempo.co" }));
    }

    [Fact]
    public void WithoutAModelTheKeywordListsDecideUnlabelledArticles()
    {
        var assignment = TopicClassifier.Default.WithModel(null).Classify("contoh.id", null, null, CarTitle, CarBody);

        Assert.Equal(TopicBasis.Text, assignment.Basis);
    }

    [Fact]
    public void ModelWithATopicOutsideTheTaxonomyIsRefused()
    {
        var features = Features(SmallDataOptions);
        var model = TopicModel.Train([new TopicExample(features.Extract("Hujan Deras", "Hujan deras turun sore ini."), "cuaca")], features, SmallDataOptions);

        var error = Assert.Throws<InvalidDataException>(() => TopicClassifier.Default.WithModel(model));
        Assert.Contains("'cuaca'", error.Message);
    }

    [Fact]
    public void StoreKeepsTheModelInTheIndexRootAndHasNoneBeforeTraining()
    {
        var root = Path.Combine(Path.GetTempPath(), "search-topic-store-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Null(TopicModelStore.Load(root, Stemmed));
            var model = Train(SmallDataOptions);
            TopicModelStore.Save(model, root);

            Assert.Equal([TopicModelStore.FileName], Directory.GetFiles(root).Select(Path.GetFileName));
            Assert.Equal(Bytes(model), Bytes(TopicModelStore.Load(root, Stemmed)!));
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static string Best(IReadOnlyDictionary<string, double> probabilities) =>
        probabilities.OrderByDescending(kv => kv.Value).First().Key;

    private static List<KeyValuePair<string, double>> Sorted(IReadOnlyDictionary<string, double> scores) =>
        scores.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
}
