using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Search.Core.Ingestion;

/// <summary>
/// Reads the articles of a request body with the same parsers the indexer reads files with: JSON
/// objects through the JSON Lines line parser, NDJSON through <see cref="JsonLinesArticleReader"/>, page
/// text through <see cref="RawArticleParser"/>, web pages through <see cref="HtmlArticleParser"/>. Every problem becomes a rejected record; nothing throws.
/// Records are numbered by line (NDJSON), by element from 1 (JSON array), or as one capture (text, HTML).
/// </summary>
public sealed class ArticleBodyReader
{
    private readonly IngestionOptions options;
    private readonly JsonArticleLineParser lineParser;
    private readonly JsonLinesArticleReader jsonLines;
    private readonly RawArticleParser rawText;
    private readonly HtmlArticleParser html;

    /// <exception cref="InvalidDataException">The site profiles file named in the options is missing or invalid.</exception>
    public ArticleBodyReader(IOptions<IngestionOptions> options, TimeProvider? timeProvider = null)
    {
        this.options = options.Value;
        var time = timeProvider ?? TimeProvider.System;
        lineParser = new JsonArticleLineParser(time);
        jsonLines = new JsonLinesArticleReader(this.options, time);
        var profiles = SiteProfileCatalog.Load(this.options);
        rawText = new RawArticleParser(profiles, time);
        html = new HtmlArticleParser(profiles, time);
    }

    /// <param name="body">The whole body.</param>
    /// <param name="format">How it is written.</param>
    /// <param name="name">The name reported with every record; for page text and HTML it also picks the site profile and a fallback date, as a file name does.</param>
    public IReadOnlyList<IngestedRecord> Read(byte[] body, ArticleBodyFormat format, string name) => format switch
    {
        ArticleBodyFormat.JsonLines => ReadJsonLines(body, name),
        ArticleBodyFormat.RawText => [ReadWholePage(body, name, rawText.Parse, isHtml: false)],
        ArticleBodyFormat.Html => [ReadWholePage(body, name, html.Parse, isHtml: true)],
        _ => ReadJson(body, name),
    };

    private List<IngestedRecord> ReadJsonLines(byte[] body, string name)
    {
        using var stream = new MemoryStream(body, writable: false);
        var records = jsonLines.Read(stream, name).ToList();
        return records.Count > 0
            ? records
            : [IngestedRecord.Rejected(name, IngestedRecord.WholeFile, RejectionReason.EmptyFile, "the body holds no article")];
    }

    private List<IngestedRecord> ReadJson(byte[] body, string name)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            var reason = body.AsSpan().IndexOfAnyExcept(" \t\r\n"u8) < 0 ? RejectionReason.EmptyFile : RejectionReason.InvalidJson;
            return [IngestedRecord.Rejected(name, IngestedRecord.WholeFile, reason, reason == RejectionReason.EmptyFile ? "the body is empty" : ex.Message)];
        }

        using (document)
        {
            var root = document.RootElement;
            var elements = root.ValueKind switch
            {
                JsonValueKind.Array => root.EnumerateArray().ToList(),
                JsonValueKind.Object => [root],
                _ => null,
            };
            if (elements is null)
            {
                return [IngestedRecord.Rejected(name, IngestedRecord.WholeFile, RejectionReason.InvalidJson, "expected an article object or an array of them")];
            }

            if (elements.Count == 0)
            {
                return [IngestedRecord.Rejected(name, IngestedRecord.WholeFile, RejectionReason.EmptyFile, "the array holds no article")];
            }

            var records = new List<IngestedRecord>(elements.Count);
            for (var i = 0; i < elements.Count; i++)
            {
                var raw = JsonSerializer.SerializeToUtf8Bytes(elements[i]);
                records.Add(raw.Length > options.MaxArticleBytes
                    ? IngestedRecord.Rejected(name, i + 1, RejectionReason.TooLarge, $"article is longer than {options.MaxArticleBytes} bytes")
                    : lineParser.Parse(raw, name, i + 1));
            }

            return records;
        }
    }

    private IngestedRecord ReadWholePage(byte[] body, string name, Func<string, string, IngestedRecord> parse, bool isHtml)
    {
        if (body.Length > options.MaxArticleBytes)
        {
            return IngestedRecord.Rejected(
                name, IngestedRecord.WholeFile, RejectionReason.TooLarge,
                $"{body.Length} bytes is more than the {options.MaxArticleBytes} bytes allowed for one article");
        }

        return ArticleFileReader.Decode(body, name, out var text, isHtml) ?? parse(text, name);
    }
}
