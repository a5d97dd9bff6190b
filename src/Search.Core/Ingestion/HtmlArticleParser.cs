using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Search.Core.Articles;

namespace Search.Core.Ingestion;

/// <summary>
/// Turns one saved HTML page into an article: metadata from its schema.org <c>NewsArticle</c> JSON-LD,
/// else from OpenGraph and meta tags (<see cref="HtmlPageFields"/>); the body from the article's
/// container with boilerplate removed (<see cref="HtmlArticleBody"/>), then the dateline, editor code
/// and "Baca juga" lines handled as in raw page text. A page without a headline or article text is
/// rejected at line 1, or at the line of the JSON-LD block it was described by; nothing throws.
/// </summary>
public sealed class HtmlArticleParser(SiteProfileCatalog profiles, TimeProvider? timeProvider = null)
{
    private const string UnknownSource = "unknown";

    private static readonly HtmlParserOptions ParserOptions = new() { IsKeepingSourceReferences = true };

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <param name="html">The whole page.</param>
    /// <param name="file">Its path: reported with the record; its name may give a site profile and, as a last resort, the date.</param>
    public IngestedRecord Parse(string html, string file)
    {
        if (HtmlNesting.IsTooDeep(html))
        {
            return IngestedRecord.Rejected(
                file, IngestedRecord.WholeFile, RejectionReason.TooLarge,
                $"elements are nested more than {HtmlNesting.Limit} deep; a news page nests a few dozen");
        }

        var document = new HtmlParser(ParserOptions).ParseDocument(html);
        var fields = HtmlPageFields.Read(document);
        var line = fields.JsonLd?.Line ?? 1;
        if (fields.Title is null)
        {
            return IngestedRecord.Rejected(file, line, RejectionReason.MissingField, "headline: no JSON-LD headline, og:title, <h1> or <title>");
        }

        var extracted = HtmlArticleBody.Extract(document);
        var paragraphs = extracted?.Paragraphs ?? [];
        if (paragraphs.Count == 0 && fields.JsonLd?.ArticleBody is { } given)
        {
            paragraphs = given.Split('\n').Select(HtmlArticleBody.Collapse).Where(p => p.Length > 0).ToList();
        }

        var profile = profiles.Recognise(file, paragraphs);
        var body = RawArticleBody.Build(profile, paragraphs.Select((text, i) => new RawLine(i + 1, text)));
        if (body.Text.Length == 0)
        {
            return IngestedRecord.Rejected(
                file, line, RejectionReason.MissingBody,
                "no article text: no itemprop=articleBody, <article> or block of paragraphs outside navigation, related boxes and comments");
        }

        var (date, problem, problemLine) = Published(fields, file);
        if (date is not { } published)
        {
            return problem is null
                ? IngestedRecord.Rejected(
                    file, line, RejectionReason.MissingField,
                    "published: no JSON-LD datePublished, article:published_time, <time datetime>, date text or YYYY-MM-DD in the file name")
                : IngestedRecord.Rejected(file, problemLine, RejectionReason.ImpossibleDate, problem);
        }

        var source = HostOf(fields.Url) ?? fields.Publisher?.ToLowerInvariant() ?? profile.Source ?? UnknownSource;
        var article = new Article
        {
            Id = ArticleIdentity.Resolve(null, fields.Url, source, fields.Title, published),
            Url = fields.Url,
            Source = source,
            Title = fields.Title,
            Body = body.Text,
            Caption = fields.JsonLd?.ImageCaption ?? extracted?.Caption,
            Author = fields.Author,
            Published = published,
            Category = fields.Sections.ElementAtOrDefault(0),
            Subcategory = fields.Sections.ElementAtOrDefault(1),
            Tags = fields.Tags,
            Dateline = body.Dateline,
            EditorCode = body.EditorCode,
            RelatedTitles = (extracted?.RelatedTitles ?? []).Concat(body.RelatedTitles).Distinct(StringComparer.Ordinal).ToList(),
        };
        return IngestedRecord.Accepted(file, line, article);
    }

    /// <summary>The first date the page gives decides: a date that cannot be is a rejection, not a reason to look further.</summary>
    private (DateTimeOffset? Value, string? Problem, int Line) Published(HtmlPageFields fields, string file)
    {
        foreach (var (text, isIso, line) in fields.DateCandidates)
        {
            var outcome = isIso
                ? HtmlPublishedDate.TryParseIso(text, _time, out var value, out var problem)
                : HtmlPublishedDate.TryParseText(text, _time, out value, out problem);
            if (outcome == HtmlPublishedDate.Outcome.Parsed)
            {
                return (value, null, line);
            }

            if (outcome == HtmlPublishedDate.Outcome.Impossible)
            {
                return (null, problem, line);
            }
        }

        if (PublishedDate.TryParseFromFileName(Path.GetFileName(file), _time, out var fromName, out var nameProblem, out var found))
        {
            return (fromName, null, 1);
        }

        return (null, found ? nameProblem : null, 1);
    }

    private static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            return null;
        }

        return uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host;
    }

    /// <summary>The 1-based line an element starts on, 1 when unknown.</summary>
    internal static int LineOf(IElement element) => element.SourceReference?.Position.Line is > 0 and var line ? line : 1;
}
