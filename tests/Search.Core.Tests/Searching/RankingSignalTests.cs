using Search.Core.Analysis;
using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

public sealed class RankingSignalTests
{
    [Fact]
    public void WordsTogetherRankAboveTheSameWordsScatteredThroughTheBody()
    {
        using var index = new TemporaryIndex(
        [
            Fixtures.Article("scattered", "Laporan pasar pekan ini", "Harga cabai turun di banyak kota. Pedagang di pasar induk mengeluhkan sepinya pembeli, sementara stok beras di gudang masih aman.", "2024-01-10T09:00:00+07:00"),
            Fixtures.Article("together", "Laporan pasar pekan ini", "Pedagang di pasar induk mengeluhkan sepinya pembeli. Harga beras naik di banyak kota, sementara stok cabai di gudang masih aman.", "2024-01-10T09:00:00+07:00"),
        ]);

        Assert.Equal(["together", "scattered"], index.Searcher.Search(new SearchRequest { Query = "harga beras" }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void ATitleMatchRanksAboveWordsScatteredThroughTheBody()
    {
        using var index = new TemporaryIndex(
        [
            Fixtures.Article("body", "Kabar kota hari ini", "Warga mengeluhkan banjir di pesisir utara yang merendam jalan dan rumah sejak pagi hari. Petugas memantau air laut yang naik, yang oleh warga disebut rob.", "2024-01-10T09:00:00+07:00"),
            Fixtures.Article("title", "Banjir rob di pesisir utara", "Air laut naik dan merendam jalan serta rumah warga sejak pagi hari di kawasan itu.", "2024-01-10T09:00:00+07:00"),
        ]);

        Assert.Equal(["title", "body"], index.Searcher.Search(new SearchRequest { Query = "banjir rob" }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void ANameThatMatchesAKnownPersonRanksThatPersonsArticlesFirst()
    {
        using var index = new TemporaryIndex(
        [
            Fixtures.Article("mention", "Rapat anggaran", "Sekda Tono hadir. Rapat dipimpin Halim, ketua komisi, bersama Tono Wibisono.", "2024-01-10T09:00:00+07:00"),
            Fixtures.Article("person", "Rapat anggaran", "Rapat dipimpin Tono Wibisono, sekretaris daerah, dan berakhir siang.", "2024-01-10T09:00:00+07:00", null, "kabarnusa.id", "Tono Wibisono"),
        ]);

        Assert.Equal(["person", "mention"], index.Searcher.Search(new SearchRequest { Query = "tono wibisono" }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void OfTwoArticlesHoldingAWordOnceTheShorterRanksFirstEvenWhenTheirLengthsDifferByAFewWords()
    {
        // 110 and 100 words: one length in Lucene's one-byte norm, so the first indexed would win a tie.
        static string Body(string filler, int words) => "banjir " + string.Join(' ', Enumerable.Range(1, words - 1).Select(i => filler + i));
        using var index = new TemporaryIndex(
        [
            Fixtures.Article("longer", "Kabar kota", Body("a", 110), "2024-01-10T09:00:00+07:00"),
            Fixtures.Article("shorter", "Kabar desa", Body("b", 100), "2024-01-10T09:00:00+07:00"),
        ]);

        var hits = index.Searcher.Search(new SearchRequest { Query = "banjir" }).Hits;

        Assert.Equal(["shorter", "longer"], hits.Select(h => h.Id));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void AnArticleThatRepeatsAWordRanksAboveABriefThatMentionsItOnce()
    {
        // 400 words with the word three times against 50 words with it once: BM25 with k1 1.2 and b 0.75
        // put the brief first (1.35 against 1.47 per field); with k1 2 and b 0.5 the repetition counts (1.56 against 1.35).
        static string Body(string filler, int words, int times) =>
            string.Join(' ', Enumerable.Range(0, words).Select(i => i < times ? "banjir" : filler + i));
        using var index = new TemporaryIndex(
        [
            Fixtures.Article("brief", "Kabar desa", Body("b", 50, 1), "2024-01-10T09:00:00+07:00"),
            Fixtures.Article("repeats", "Kabar kota", Body("a", 400, 3), "2024-01-10T09:00:00+07:00"),
        ]);

        Assert.Equal(["repeats", "brief"], index.Searcher.Search(new SearchRequest { Query = "banjir" }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void AHeadlineHoldingTheWordsAsTypedRanksAboveOneHoldingOtherFormsOfThem()
    {
        using var index = new TemporaryIndex(
        [
            Fixtures.Article("forms", "Jenazah Habibie dimakamkan di Kalibata", "Pemakaman Habibie berlangsung siang. Warga mengikuti pemakaman Habibie dari tepi jalan.", "2024-01-10T09:00:00+07:00"),
            Fixtures.Article("typed", "Suasana pemakaman Habibie di Kalibata", "Warga mengikuti pemakaman Habibie dari tepi jalan sejak pagi.", "2024-01-10T09:00:00+07:00"),
        ]);
        var withoutSignal = new ArticleSearcher(index.Index, index.Analyzer, weights: RankingWeights.Default with { TitleExactProximity = 0 });

        Assert.Equal(["typed", "forms"], index.Searcher.Search(new SearchRequest { Query = "pemakaman habibie" }).Hits.Select(h => h.Id));
        Assert.Equal(["forms", "typed"], withoutSignal.Search(new SearchRequest { Query = "pemakaman habibie" }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void AnArticleWritingAnAbbreviationAndItsLongFormCountsTheWordOnce()
    {
        // "jateng" reads as jateng | "jawa tengah": "both" writes the two forms, "flood" one of them and the
        // flood twice more. Adding up the forms put "both" first on the synonym alone.
        using var index = new TemporaryIndex(
        [
            Fixtures.Article("both", "Kabar daerah", "Banjir melanda Jawa Tengah sejak pagi. Pemprov Jateng mengirim bantuan ke desa yang terendam.", "2024-01-10T09:00:00+07:00"),
            Fixtures.Article("flood", "Kabar daerah", "Banjir melanda Jawa Tengah sejak pagi. Banjir merendam desa dan banjir belum surut hingga sore.", "2024-01-10T09:00:00+07:00"),
            Fixtures.Article("other", "Kabar kota", "Banjir merendam jalan di pusat kota sejak pagi.", "2024-01-10T09:00:00+07:00"),
        ]);
        var synonyms = SynonymTable.Load(AnalysisOptions.DefaultSynonymsPath);
        var summed = new ArticleSearcher(index.Index, index.Analyzer, synonyms, RankingWeights.Default with { SynonymTieBreaker = null });

        Assert.Equal(["flood", "both"], new ArticleSearcher(index.Index, index.Analyzer, synonyms).Search(new SearchRequest { Query = "banjir jateng" }).Hits.Select(h => h.Id));
        Assert.Equal(["both", "flood"], summed.Search(new SearchRequest { Query = "banjir jateng" }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void AHeadlineHoldingEveryWordIncludingAnAbbreviationRanksAboveOneHoldingTheOtherWords()
    {
        // Same text; both headlines hold "banjir ... surut", only one holds "jateng" between them as typed.
        // Before, a word with synonyms was left out of the proximity signals, so both headlines matched.
        using var index = new TemporaryIndex(
        [
            Fixtures.Article("others", "Banjir mulai surut", "Warga Jateng kembali ke rumah setelah banjir surut, tetapi banjir menyisakan lumpur.", "2024-01-10T09:00:00+07:00"),
            Fixtures.Article("every", "Banjir di Jateng mulai surut", "Warga Jateng kembali ke rumah setelah banjir surut, tetapi banjir menyisakan lumpur.", "2024-01-10T09:00:00+07:00"),
        ]);
        var searcher = new ArticleSearcher(index.Index, index.Analyzer, SynonymTable.Load(AnalysisOptions.DefaultSynonymsPath));

        Assert.Equal(["every", "others"], searcher.Search(new SearchRequest { Query = "banjir jateng surut" }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void AWordWrittenOnceAsTypedCountsItsTwoIndexedCopiesOnceInFull()
    {
        // "once" writes "peresmian" once, found in the text as written and in its roots; "often" writes other
        // forms of its root (resmi) four times, found in the roots only. Adding the two copies in full put "once" first.
        var weather = Enumerable.Range(1, 20).Select(i => Fixtures.Article($"w{i}", "Cuaca", $"Cuaca hari ke-{i} cerah berawan di pesisir.", "2024-01-10T09:00:00+07:00"));
        using var index = new TemporaryIndex(
        [
            Fixtures.Article("once", "Kabar desa", "Peresmian jembatan baru dihadiri warga desa dari dua kampung di tepi sungai besar yang selama ini terpisah arus.", "2024-01-10T09:00:00+07:00"),
            Fixtures.Article("often", "Kabar desa", "Bupati meresmikan jembatan; pasar diresmikan siang, sekolah diresmikan sore, kantor diresmikan malam.", "2024-01-10T09:00:00+07:00"),
            .. weather,
        ]);
        var summed = new ArticleSearcher(index.Index, index.Analyzer, weights: RankingWeights.Default with { CopyTieBreaker = null });

        Assert.Equal(["often", "once"], index.Searcher.Search(new SearchRequest { Query = "peresmian jembatan" }).Hits.Select(h => h.Id));
        Assert.Equal(["once", "often"], summed.Search(new SearchRequest { Query = "peresmian jembatan" }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void RecencyRaisesTheNewerOfTwoEquallyRelevantArticlesOnlyWhenAskedFor()
    {
        using var index = new TemporaryIndex(
        [
            Fixtures.Article("old", "Harga beras naik", "Harga beras naik di pasar.", "2023-01-10T09:00:00+07:00"),
            Fixtures.Article("new", "Harga beras naik", "Harga beras naik di pasar.", "2024-01-10T09:00:00+07:00"),
        ]);

        var plain = index.Searcher.Search(new SearchRequest { Query = "harga beras" });
        var recent = index.Searcher.Search(new SearchRequest { Query = "harga beras", Recency = true });

        // Equal scores go newest first anyway (the tie order); the boost is what recency adds.
        Assert.Equal(["new", "old"], plain.Hits.Select(h => h.Id));
        Assert.Equal(plain.Hits[0].Score, plain.Hits[1].Score);
        Assert.Equal(["new", "old"], recent.Hits.Select(h => h.Id));
        Assert.Equal(plain.Hits[0].Score * 1.25f, recent.Hits[0].Score, 3);
        Assert.Equal(plain.Hits[1].Score * RecencyBoost.Factor(365L * 24 * 3600 * 1000), recent.Hits[1].Score, 3);
    }

    [Theory]
    [InlineData(0L, 1.25f)]
    [InlineData(30L * 24 * 3600 * 1000, 1.125f)]
    public void TheRecencyFactorHalvesItsGainEveryHalfLife(long ageMs, float factor) =>
        Assert.Equal(factor, RecencyBoost.Factor(ageMs), 4);
}
