namespace Search.Core.Tests.Analysis;

/// <summary>The stemmer over the installed hunspell-id dictionary and the shipped extra roots.</summary>
public sealed class IndonesianStemmerTests
{
    [LexiconTheory]
    [InlineData("mengatakan", "kata")]
    [InlineData("pertemuan", "temu")]
    [InlineData("bertemu", "temu")]
    [InlineData("memperluas", "luas")]
    [InlineData("perluasan", "luas")]
    [InlineData("kementerian", "menteri")]
    [InlineData("diperberat", "berat")]
    [InlineData("memperberat", "berat")]
    [InlineData("mengadaptasi", "adaptasi")]
    [InlineData("diriset", "riset")]
    [InlineData("dipersulit", "sulit")]
    [InlineData("berketombe", "ketombe")]
    public void AffixedWordsAreReducedToTheirRoot(string word, string root) =>
        Assert.Equal(root, InstalledLexicon.Stemmer.Stem(word));

    [LexiconTheory]
    [InlineData("menyapu", "sapu")]
    [InlineData("membaca", "baca")]
    [InlineData("menulis", "tulis")]
    [InlineData("memakai", "pakai")]
    [InlineData("memakan", "makan")]
    [InlineData("mengambil", "ambil")]
    [InlineData("mengebom", "bom")]
    [InlineData("mengkritik", "kritik")]
    [InlineData("mentransfer", "transfer")]
    [InlineData("menikah", "nikah")]
    [InlineData("membeli", "beli")]
    public void NasalPrefixesGiveBackTheSoundTheyAbsorbed(string word, string root) =>
        Assert.Equal(root, InstalledLexicon.Stemmer.Stem(word));

    [LexiconTheory]
    [InlineData("pemukulan", "pukul")]
    [InlineData("penyelesaian", "selesai")]
    [InlineData("keberhasilan", "hasil")]
    [InlineData("ditanyakan", "tanya")]
    [InlineData("kebijakan", "bijak")]
    [InlineData("pendidikan", "didik")]
    [InlineData("kesehatan", "sehat")]
    [InlineData("mempunyai", "punya")]
    [InlineData("memberikan", "beri")]
    [InlineData("pemerintahan", "perintah")]
    [InlineData("kepemimpinan", "pimpin")]
    [InlineData("mempengaruhi", "pengaruh")]
    [InlineData("pemberdayaan", "daya")]
    [InlineData("dimakan", "makan")]
    [InlineData("makanan", "makan")]
    [InlineData("gerakan", "gerak")]
    [InlineData("beragam", "ragam")]
    [InlineData("bekerja", "kerja")]
    [InlineData("petani", "tani")]
    public void ConfixesAndPrefixStacksAreRemoved(string word, string root) =>
        Assert.Equal(root, InstalledLexicon.Stemmer.Stem(word));

    [LexiconTheory]
    [InlineData("bukunya", "buku")]
    [InlineData("sekolahnya", "sekolah")]
    [InlineData("bukukah", "buku")]
    [InlineData("rinciannya", "rinci")]
    [InlineData("diposting", "posting")]
    public void ParticlesPossessivesAndExtraRootsAreHandled(string word, string root) =>
        Assert.Equal(root, InstalledLexicon.Stemmer.Stem(word));

    [LexiconTheory]
    [InlineData("mengundang", "undang")]
    [InlineData("mengurus", "urus")]
    [InlineData("mengukur", "ukur")]
    [InlineData("memadukan", "padu")]
    [InlineData("pendaki", "daki")]
    public void WhenTwoRootsFitTheMoreProductiveOneWins(string word, string root) =>
        Assert.Equal(root, InstalledLexicon.Stemmer.Stem(word));

    [LexiconTheory]
    [InlineData("sekitarnya", "sekitar")]
    [InlineData("ketuanya", "ketua")]
    [InlineData("isunya", "isu")]
    [InlineData("ibuku", "ibu")]
    [InlineData("terpaku", "paku")]
    [InlineData("maluku", "maluku")]
    public void NyaAlwaysDetachesButKuAndMuNeedTheDictionary(string word, string root) =>
        Assert.Equal(root, InstalledLexicon.Stemmer.Stem(word));

    [LexiconTheory]
    [InlineData("berita")]
    [InlineData("menteri")]
    [InlineData("pertama")]
    [InlineData("beras")]
    [InlineData("makan")]
    [InlineData("minum")]
    [InlineData("perempuan")]
    [InlineData("selasa")]
    public void RootsThatLookAffixedAreKept(string word) =>
        Assert.Equal(word, InstalledLexicon.Stemmer.Stem(word));

    [LexiconTheory]
    [InlineData("kejagung")]
    [InlineData("purwadi")]
    [InlineData("flamboyan")]
    [InlineData("diplomatis")]
    [InlineData("jokowi")]
    [InlineData("megawati")]
    [InlineData("bali")]
    [InlineData("bekasi")]
    [InlineData("covid19")]
    public void NamesAndWordsWithoutAKnownRootAreKept(string word) =>
        Assert.Equal(word, InstalledLexicon.Stemmer.Stem(word));

    [LexiconTheory]
    [InlineData("anak-anak", "anak")]
    [InlineData("berbondong-bondong", "bondong")]
    [InlineData("sebaik-baiknya", "baik")]
    [InlineData("perusahaan-perusahaan", "usaha")]
    [InlineData("bolak-balik", "bolak-balik")]
    public void ReduplicatedWordsReduceToTheRootOfTheRepeatedPart(string word, string root) =>
        Assert.Equal(root, InstalledLexicon.Stemmer.Stem(word));

    [LexiconFact]
    public void StemmingASpanGivesTheCachedStringOfTheSameTerm()
    {
        var stemmer = InstalledLexicon.Stemmer;
        var first = stemmer.Stem("pertandingan");

        Assert.Equal("tanding", first);
        Assert.Same(first, stemmer.Stem("pertandingan".AsSpan()));
    }
}
