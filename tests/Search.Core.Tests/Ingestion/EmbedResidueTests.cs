using Search.Core.Analysis;
using Search.Core.Ingestion;
using Search.Core.Tests.Analysis;

namespace Search.Core.Tests.Ingestion;

public sealed class EmbedResidueTests
{
    [Theory]
    [InlineData("Warga ramai membagikan foto itu. \",\" tulis Rina di akunnya.", "Warga ramai membagikan foto itu. tulis Rina di akunnya.")]
    [InlineData("Pesan itu dibalas singkat. \",\",,,Tak lama kemudian ia pamit.", "Pesan itu dibalas singkat. Tak lama kemudian ia pamit.")]
    [InlineData("Paragraf pertama.\n\n\",,\" sambung Dodi. \",.\"\n\nParagraf ketiga.", "Paragraf pertama.\n\nsambung Dodi.\n\nParagraf ketiga.")]
    [InlineData("Ia menulis “,” di bawah fotonya.", "Ia menulis di bawah fotonya.")]
    [InlineData("Tamu yang hadir antara lain,,,,,hingga,.", "Tamu yang hadir antara lain, hingga.")]
    [InlineData("Kepala desa,memang dikenal ramah.", "Kepala desa, memang dikenal ramah.")]
    [InlineData("kata Wati dilansir,, Jumat (4/10).", "kata Wati dilansir, Jumat (4/10).")]
    public void ResidueOfRemovedEmbedsIsTidied(string text, string expected)
    {
        Assert.Equal(expected, EmbedResidue.Tidy(text));
    }

    [Theory]
    [InlineData("Film \"Langit Jingga\", \"Sungai Sunyi\" dan \"Kabut\" diputar ulang.")]
    [InlineData("Inflasi naik 1,5 persen, kata dia.")]
    [InlineData("\"Kami siap,\" ujar pelatih. \"Semua pemain sehat.\"")]
    [InlineData("Baris satu.\n\n\"Kutipan baru dimulai di sini.\"")]
    public void OrdinaryPunctuationIsKept(string text)
    {
        Assert.Equal(text, EmbedResidue.Tidy(text));
    }

    [Fact]
    public void TidyingRemovesPunctuationButNoWord()
    {
        const string text = "Hubungan pasangan,dan,belakangan retak. \",\" tulis akun gosip,,, Senin. \",.\" Warganet,,bereaksi.";
        using var exact = new ExactTextAnalyzer();

        Assert.Equal(AnalyzerTokens.Of(exact, text), AnalyzerTokens.Of(exact, EmbedResidue.Tidy(text)));
    }

    [Fact]
    public void ArticleBodyIsTidiedWhenRead()
    {
        var line = """{"id":"a1","title":"Judul","published":"2024-05-01T09:00:00+07:00","body":"Rapat ditunda. \",\" tulis panitia,,, Senin."}"""u8.ToArray();
        using var stream = new MemoryStream(line);

        var record = Assert.Single(new JsonLinesArticleReader(new IngestionOptions(), TimeProvider.System).Read(stream, "a.jsonl"));

        Assert.False(record.IsRejected, record.ToString());
        Assert.Equal("Rapat ditunda. tulis panitia, Senin.", record.Article!.Body);
    }
}
