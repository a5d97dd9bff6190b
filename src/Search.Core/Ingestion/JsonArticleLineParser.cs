using System.Globalization;
using System.Net;
using System.Text.Json;
using Search.Core.Articles;

namespace Search.Core.Ingestion;

/// <summary>Turns one JSON line into an article, or into a rejection that says what was wrong.</summary>
internal sealed class JsonArticleLineParser(TimeProvider time)
{
    private const string UnknownSource = "unknown";

    /// <summary>
    /// The parser's message with its position said within the line: System.Text.Json counts lines from 0
    /// and bytes from 0 ("LineNumber: 0 | BytePositionInLine: 12"), which reads wrong beside file:line.
    /// </summary>
    private static string Describe(Exception ex)
    {
        if (ex is not JsonException { BytePositionInLine: { } position } json)
        {
            return ex.Message;
        }
        return string.Create(CultureInfo.InvariantCulture, $"{JsonErrorText.Reason(json.Message)} (at byte {position + 1} of the line)");
    }

    public IngestedRecord Parse(ReadOnlySpan<byte> line, string file, int number)
    {
        JsonArticleFields fields;
        try
        {
            fields = JsonArticleFields.Read(line);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return IngestedRecord.Rejected(file, number, RejectionReason.InvalidJson, Describe(ex));
        }

        var body = Trimmed(EmbedResidue.Tidy(Clean(fields.Body) ?? string.Empty));
        if (body is null)
        {
            return IngestedRecord.Rejected(file, number, RejectionReason.MissingBody, "body is missing or blank");
        }

        // Without a headline or URL words, the lead sentence stands in: the article is still worth finding.
        var title = Clean(fields.Title) ?? Capitalise(Clean(fields.TitleFromUrl)) ?? LeadHeadline.From(body);
        if (title is null)
        {
            return IngestedRecord.Rejected(file, number, RejectionReason.MissingField, "title: no title, title_from_url or lead sentence");
        }

        if (string.IsNullOrWhiteSpace(fields.Published))
        {
            return IngestedRecord.Rejected(file, number, RejectionReason.MissingField, "published is missing");
        }

        if (!PublishedDate.TryParseIso(fields.Published, time, out var published, out var problem))
        {
            return IngestedRecord.Rejected(file, number, RejectionReason.ImpossibleDate, problem);
        }

        var url = Trimmed(fields.Url);
        var source = Trimmed(fields.Source) ?? HostOf(url) ?? UnknownSource;
        var article = new Article
        {
            Id = ArticleIdentity.Resolve(fields.Id, url, source, title, published),
            Url = url,
            Source = source,
            Title = title,
            Body = body,
            Author = Trimmed(fields.Author),
            Published = published,
            Category = Trimmed(fields.Category),
            Subcategory = Trimmed(fields.Subcategory),
            Tags = fields.Tags,
            Persons = fields.Persons,
            RelatedTitles = fields.RelatedTitles,
        };
        return IngestedRecord.Accepted(file, number, article);
    }

    /// <summary>
    /// Trimmed text with HTML entities such as "&amp;#039;" decoded and misread curly quotes and dashes repaired
    /// (<see cref="MacRomanMojibake"/>); null when blank.
    /// </summary>
    private static string? Clean(string? text)
    {
        var trimmed = Trimmed(text is null ? null : MacRomanMojibake.Repair(text));
        return trimmed is not null && trimmed.Contains('&', StringComparison.Ordinal)
            ? Trimmed(WebUtility.HtmlDecode(trimmed))
            : trimmed;
    }

    private static string? Trimmed(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>URL slugs are lower case: "malaysia awasi ketat" becomes "Malaysia awasi ketat".</summary>
    private static string? Capitalise(string? text) =>
        text is null || !char.IsLower(text[0])
            ? text
            : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }

        return uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host;
    }
}
