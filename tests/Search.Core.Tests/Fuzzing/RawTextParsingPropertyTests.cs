using System.Text;
using CsCheck;
using Microsoft.Extensions.Options;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Fuzzing;

/// <summary>
/// Any page text and any request body become records — an article with an id, title and body, or a
/// rejection with a reason and a message — never an exception.
/// </summary>
public sealed class RawTextParsingPropertyTests
{
    public const int Iterations = 3_000;

    private static readonly Gen<string> FileName =
        Gen.OneOf(
            Gen.OneOf("kabarnusa-2024-03-12-sungai.txt", "2024-02-30-x.txt", "capture.txt", "wartaharian-9999-99-99.txt", ".txt", "a\u0000b.txt"),
            AdversarialText.Mixture.Select(s => s + ".txt"));

    private static readonly Gen<string> Page =
        Gen.Select(AdversarialText.Mixture, AdversarialText.Mixture, AdversarialText.Mixture, Gen.Int[0, 5], (title, byline, body, form) => form switch
        {
            0 => $"{title}\n{byline} - 12 Maret 2024 09:15 WIB\n\n{body}",
            1 => $"{title}\n{byline} - 31 Februari 2024 25:61 WITA\n{title}\n{body}\nBaca juga: {byline}",
            2 => $"\n\n\n{body}",
            3 => $"{title}\r\n{body}\r\n{body}",
            _ => title + body,
        });

    [Fact]
    public void RawPageTextAlwaysBecomesOneRecordThatSaysWhatItIs()
    {
        var parser = new RawArticleParser(SiteProfileCatalog.Load(new IngestionOptions()));
        Gen.Select(Page, FileName).Sample((text, file) =>
        {
            var record = parser.Parse(text, file);
            AssertWellFormed(record);
        }, iter: Iterations);
    }

    [Fact]
    public void AnyBodyInAnyFormatBecomesRecordsThatSayWhatTheyAre()
    {
        var reader = new ArticleBodyReader(Options.Create(new IngestionOptions { MaxArticleBytes = 64 * 1024 }));
        Gen.Select(AdversarialText.Bytes, Gen.Enum<ArticleBodyFormat>(), FileName).Sample((body, format, name) =>
        {
            var records = reader.Read(body, format, name);
            Assert.NotEmpty(records);
            Assert.All(records, AssertWellFormed);
        }, iter: Iterations);
    }

    [Fact]
    public void JsonShapedBodiesWithHostileFieldValuesAreReadOrRejected()
    {
        var reader = new ArticleBodyReader(Options.Create(new IngestionOptions()));
        var field = Gen.OneOf(AdversarialText.Mixture.Select(s => System.Text.Json.JsonSerializer.Serialize(s)), Gen.OneOf("null", "1e999", "[]", "{}", "true", "-0"));
        Gen.Select(field, field, field, field).Sample((id, title, published, body) =>
        {
            var json = $"{{\"id\":{id},\"title\":{title},\"published\":{published},\"body\":{body},\"url\":\"https://contoh.id/x\",\"source\":\"contoh.id\"}}";
            Assert.All(reader.Read(Encoding.UTF8.GetBytes(json), ArticleBodyFormat.Json, "request"), AssertWellFormed);
            Assert.All(reader.Read(Encoding.UTF8.GetBytes(json + "\n" + json), ArticleBodyFormat.JsonLines, "request"), AssertWellFormed);
        }, iter: Iterations);
    }

    [Fact]
    public void AMegabyteOfTextIsParsedOrRejectedWhole()
    {
        var parser = new RawArticleParser(SiteProfileCatalog.Load(new IngestionOptions()));
        foreach (var piece in new[] { "a", "\n", "Judul\n", "\ud800", "- 12 Maret 2024 09:15 WIB\n" })
        {
            AssertWellFormed(parser.Parse(string.Concat(Enumerable.Repeat(piece, (1 << 20) / piece.Length)), "kabarnusa-2024-03-12.txt"));
        }
    }

    private static void AssertWellFormed(IngestedRecord record)
    {
        if (record.Article is { } article)
        {
            Assert.False(string.IsNullOrWhiteSpace(article.Id));
            Assert.False(string.IsNullOrWhiteSpace(article.Title));
            Assert.False(string.IsNullOrWhiteSpace(article.Body));
            Assert.Null(record.Reason);
        }
        else
        {
            Assert.NotNull(record.Reason);
            Assert.False(string.IsNullOrWhiteSpace(record.Message));
        }
    }
}
