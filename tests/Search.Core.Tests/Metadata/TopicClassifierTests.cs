using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>Topic map and keyword fallback, on labels and texts written for these tests.</summary>
public sealed class TopicClassifierTests
{
    private static readonly TopicClassifier Classifier = TopicClassifier.Default;

    [Fact]
    public void TaxonomyHasSixteenTopicsStartingWithNasional()
    {
        Assert.Equal(16, Classifier.Topics.Count);
        Assert.Equal(("nasional", "Nasional"), (Classifier.Topics[0].Id, Classifier.Topics[0].Label));
    }

    [Fact]
    public void SourceLabelDecidesWhateverTheWords()
    {
        var assignment = Classifier.Classify("tempo.co", "bola", null, "Harga cabai naik", "Pedagang di pasar mengeluh.");

        Assert.Equal(("sepak-bola", TopicBasis.Label), (assignment.Topic, assignment.Basis));
    }

    [Fact]
    public void LabelsMatchWithoutRegardToCase()
    {
        Assert.Equal("hiburan-selebriti", Classifier.Classify("kapanlagi.com", " selebriti ", null, null, "Teks.").Topic);
    }

    [Fact]
    public void SubSectionOverridesItsSection()
    {
        Assert.Equal("olahraga", Classifier.Classify("kompas.com", "Bola", "Olahraga", null, "Teks.").Topic);
    }

    [Fact]
    public void BroadLabelIsNarrowedWhenKeywordsAreClear()
    {
        var body = "KPK menetapkan bupati itu sebagai tersangka korupsi. Penyidik KPK menahan tersangka usai diperiksa. Kasus suap itu segera disidangkan di pengadilan.";

        var assignment = Classifier.Classify("kompas.com", "News", "Nasional", "KPK Tahan Tersangka Suap Proyek Jalan", body);

        Assert.Equal(("hukum-kriminal", TopicBasis.RefinedLabel), (assignment.Topic, assignment.Basis));
    }

    [Fact]
    public void BroadLabelKeepsItsTopicWhenKeywordsAreFaint()
    {
        var assignment = Classifier.Classify("kompas.com", "News", "Nasional", "Upacara di Istana", "Upacara berlangsung khidmat.");

        Assert.Equal(("nasional", TopicBasis.Label), (assignment.Topic, assignment.Basis));
    }

    [Fact]
    public void LabelAllowsItsOwnTopicFirstThenTheTopicsItMayBeNarrowedTo()
    {
        Assert.Equal(["daerah", "hukum-kriminal"], Classifier.LabelAllows("kompas.com", "News", "Regional"));
        Assert.Equal(["sepak-bola"], Classifier.LabelAllows("tempo.co", "bola", null));
        Assert.Empty(Classifier.LabelAllows("contoh.id", "Rupa-rupa", null));
    }

    [Fact]
    public void SectionsFiledUnderAnotherTopicThanTheirNameGoWhereTheirArticlesBelong()
    {
        Assert.Equal(
            "gaya-hidup travel religi nasional",
            string.Join(' ', new[]
            {
                Classifier.LabelTopic("okezone.com", "Muslim", "Fashion muslim"),
                Classifier.LabelTopic("okezone.com", "Muslim", "Travel muslim"),
                Classifier.LabelTopic("okezone.com", "Muslim", "Tausyiah"),
                Classifier.LabelTopic("wowkeren.com", "SerbaSerbi", null),
            }));
    }

    [Fact]
    public void UnknownSourceFallsBackToTheGenericLabels()
    {
        Assert.Equal(("otomotif", TopicBasis.Label), Pair(Classifier.Classify("contoh.id", "Otomotif", null, null, "Teks.")));
    }

    [Fact]
    public void MissingLabelLeavesTheTopicToTheKeywords()
    {
        var body = "Pebalap itu finis kedua di sirkuit Sepang. Marquez memimpin klasemen MotoGP.";

        Assert.Equal(("olahraga", TopicBasis.Text), Pair(Classifier.Classify("contoh.id", null, null, "Hasil Balap MotoGP Malaysia", body)));
    }

    [Fact]
    public void ArticleWithoutLabelOrKeywordIsNasionalWithZeroScores()
    {
        var assignment = Classifier.Classify("contoh.id", null, null, null, "Teks pendek.");

        Assert.Equal(("nasional", TopicBasis.Text), Pair(assignment));
        Assert.All(assignment.Scores.Values, score => Assert.Equal(0.0, score));
    }

    [Fact]
    public void ScoresCoverEveryTopicAndSumToOne()
    {
        var assignment = Classifier.Classify("contoh.id", null, null, "Timnas Kalah di Kualifikasi Piala Dunia", "Gol tunggal lawan membuat timnas tertinggal.");

        Assert.Equal(16, assignment.Scores.Count);
        Assert.Equal(1.0, assignment.Scores.Values.Sum(), 9);
        Assert.Equal("sepak-bola", assignment.Topic);
    }

    private static (string, TopicBasis) Pair(TopicAssignment assignment) => (assignment.Topic, assignment.Basis);
}
