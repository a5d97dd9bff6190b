using System.Net.Http.Headers;
using System.Text;
using CsCheck;

namespace Search.Api.Tests;

/// <summary>
/// Random and hostile requests against the real host never get a 5xx: every answer is a result or a
/// problem that says what was wrong. Query-string values are raw bytes, percent-encoded, so they include
/// invalid UTF-8, control characters, operators and huge numbers.
/// </summary>
public sealed class HttpFuzzPropertyTests : IDisposable
{
    public const int SearchIterations = 2_000;
    public const int IngestIterations = 500;

    private static readonly string[] Parameters = ["q", "topic", "person", "source", "from", "to", "sort", "page", "size", "recency", "cursor", "unknown"];

    private static readonly string[] Interesting =
    [
        "", "\"", "*", "~", "^", "-", "title:", "person:\"Rina", "99999999999999999999", "-1", "0", "2147483648", "1e9",
        "2024-02-30", "2024-13-01", "9999-12-31", "newest", "OLDEST", "relevance ", "true", "2", "jembatan", "Rina Halim",
        "\u0000", "\u001b", "\ud83d\ude00", "YWJj", "MApAAAAAAAAAAA", new string('a', 1001), string.Concat(Enumerable.Repeat("a ", 70)),
    ];

    private static readonly Gen<byte[]> Value =
        Gen.Frequency(
            (3, Gen.OneOf(Interesting).Select(Encoding.UTF8.GetBytes)),
            (2, Gen.Byte.Array[0, 40]),
            (1, Gen.String[Gen.Char, 0, 60].Select(Encoding.UTF8.GetBytes)));

    private static readonly Gen<string> QueryString =
        Gen.Select(Gen.OneOf(Parameters), Value)
            .Array[0, 8]
            .Select(pairs => string.Join('&', pairs.Select(p => p.Item1 + "=" + Escape(p.Item2))));

    private readonly HardenedApiFactory factory = new(ApiArticles.All, new() { ["RateLimiting:Enabled"] = "false" });

    [Fact]
    public void SearchNeverAnswers5xx()
    {
        var client = factory.CreateClient();
        QueryString.Sample(query =>
        {
            var response = client.GetAsync("/api/search?" + query).GetAwaiter().GetResult();
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for ?{query}");
            Assert.Contains("json", response.Content.Headers.ContentType?.MediaType);
        }, iter: SearchIterations);
    }

    [Fact]
    public async Task MegabyteParametersAreRefusedNamingTheLimit()
    {
        var client = factory.CreateClient();
        foreach (var piece in new[] { "a", "%22", "-", "%FF", "%00" })
        {
            var value = string.Concat(Enumerable.Repeat(piece, (1 << 20) / piece.Length));
            var response = await client.GetAsync("/api/search?q=" + value);
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("at most 1000 are allowed", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public void IngestionNeverAnswers5xx()
    {
        var client = factory.CreateClient(HardenedApiFactory.AdminKey);
        var mediaType = Gen.OneOf("application/json", "application/x-ndjson", "text/plain", "text/html", "application/octet-stream", "text/plain; charset=latin1");
        var body = Gen.Frequency(
            (2, Gen.Byte.Array[0, 3000]),
            (2, Gen.String[Gen.Char, 0, 500].Select(Encoding.UTF8.GetBytes)),
            (1, Gen.OneOf("[]", "{}", "[{}]", "null", "[1,2]", "{\"id\":\"x\",\"body\":\"y\"}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]").Select(Encoding.UTF8.GetBytes)));
        Gen.Select(body, mediaType).Sample((bytes, type) =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            var response = client.PostAsync("/api/admin/articles?name=kabarnusa-2024-03-12.txt", content).GetAwaiter().GetResult();
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {type} body of {bytes.Length} bytes");
        }, iter: IngestIterations);
    }

    private static string Escape(byte[] bytes) => string.Concat(bytes.Select(b => "%" + b.ToString("X2")));

    public void Dispose() => factory.Dispose();
}
