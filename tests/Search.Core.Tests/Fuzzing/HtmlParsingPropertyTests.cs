using System.Text.Json;
using CsCheck;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Fuzzing;

/// <summary>
/// Any page, however malformed its markup or its JSON-LD, becomes one record — an article with an id,
/// title and body, or a rejection with a reason and a message — never an exception.
/// </summary>
public sealed class HtmlParsingPropertyTests
{
    public const int Iterations = 2_000;

    private static readonly Gen<string> JsonValue =
        Gen.OneOf(
            AdversarialText.Mixture.Select(s => JsonSerializer.Serialize(s)),
            Gen.OneOf("null", "1e999", "[]", "{}", "true", "[{\"name\":null}]", "{\"@id\":\"#x\"}", "[\"a\",[\"b\"]]", "\"2024-03-12T09:15:00+0700\"", "\"2024-02-30\""));

    private static readonly Gen<string> JsonLd =
        Gen.Select(JsonValue, JsonValue, JsonValue, JsonValue, Gen.Int[0, 3], (headline, date, author, keywords, shape) =>
        {
            var article = $"{{\"@type\":\"NewsArticle\",\"@id\":\"#x\",\"headline\":{headline},\"datePublished\":{date},\"author\":{author},\"keywords\":{keywords},\"publisher\":{{\"@id\":\"#x\"}}}}";
            return shape switch
            {
                0 => article,
                1 => $"{{\"@graph\":[{article},{article}]}}",
                2 => $"[{article}",
                _ => $"{{\"@type\":[{author}],\"mainEntity\":{article}}}",
            };
        });

    private static readonly Gen<string> Fragment =
        Gen.OneOf(
            AdversarialText.Mixture,
            Gen.OneOf("<p>", "</p>", "<div class=\"baca-juga\">", "</div>", "<article>", "<br>", "<h1>", "<nav>", "<aside>",
                "<div itemprop=\"articleBody\">", "<figure><figcaption>", "<script>", "</script>", "<!--", "-->", "<time datetime=\"2024-03-12\">",
                "<meta property=\"og:title\" content=\"", "\">", "<title>", "</title>", "<span class=\"date\">12 Maret 2024 09:15 WIB</span>"),
            JsonLd.Select(json => $"<script type=\"application/ld+json\">{json}</script>"));

    private static readonly Gen<string> Page = Fragment.Array[0, 40].Select(parts => string.Concat(parts));

    [Fact]
    public void AnyPageBecomesOneRecordThatSaysWhatItIs()
    {
        var parser = new HtmlArticleParser(SiteProfileCatalog.BuiltIn);
        Gen.Select(Page, Gen.OneOf("kabarnusa-2024-03-12-x.html", "halaman.htm", "2024-02-30.html")).Sample((html, file) =>
        {
            AssertWellFormed(parser.Parse(html, file));
        }, iter: Iterations);
    }

    [Fact]
    public void DeeplyNestedAndHugePagesAreParsedOrRejectedWhole()
    {
        var parser = new HtmlArticleParser(SiteProfileCatalog.BuiltIn);
        foreach (var piece in new[] { "<div>", "<p>a", "<b><i>", "<script type=\"application/ld+json\">[", "<br>", "\ud800" })
        {
            var html = "<title>Judul</title>" + string.Concat(Enumerable.Repeat(piece, (1 << 19) / piece.Length));
            AssertWellFormed(parser.Parse(html, "kabarnusa-2024-03-12.html"));
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
            Assert.True(record.Line >= IngestedRecord.WholeFile, record.ToString());
        }
    }
}
