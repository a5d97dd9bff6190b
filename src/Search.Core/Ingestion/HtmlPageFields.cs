using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Search.Core.Ingestion;

/// <summary>
/// An HTML page's article metadata, each field from the first place that gives it: the JSON-LD
/// article (<see cref="JsonLdArticle"/>), then OpenGraph and <c>article:*</c> tags, then plain meta
/// tags and markup (<c>&lt;h1&gt;</c>, <c>&lt;title&gt;</c>, <c>&lt;time&gt;</c>). Read before the body
/// is extracted, which changes the document.
/// </summary>
internal sealed record HtmlPageFields
{
    private const int MaximumDateTextLength = 120;

    public JsonLdArticle? JsonLd { get; private init; }
    public string? Title { get; private init; }
    public string? Url { get; private init; }
    public string? Author { get; private init; }
    public string? Publisher { get; private init; }
    public IReadOnlyList<string> Sections { get; private init; } = [];
    public IReadOnlyList<string> Tags { get; private init; } = [];

    /// <summary>Where the publication date may be, most trusted first: the text, whether it is ISO 8601 (else date text), its line.</summary>
    public IReadOnlyList<(string Text, bool IsIso, int Line)> DateCandidates { get; private init; } = [];

    public static HtmlPageFields Read(IHtmlDocument document)
    {
        var blocks = document.QuerySelectorAll("script")
            .Where(script => script.GetAttribute("type")?.Split(';')[0].Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase) == true)
            .Select(script => (script.TextContent, HtmlArticleParser.LineOf(script)));
        var ld = JsonLdArticle.Read(blocks);
        var meta = new HtmlMetaTags(document);
        var siteName = ld?.Publisher ?? meta.First("og:site_name", "application-name");

        var title = ld?.Headline
            ?? WithoutSiteName(meta.First("og:title", "twitter:title"), siteName)
            ?? Text(document.QuerySelector("[itemprop~=headline]"))
            ?? Text(document.QuerySelector("h1"))
            ?? WithoutSiteName(Text(document.QuerySelector("title")), siteName);

        var metaAuthor = meta.First("author", "article:author", "dc.creator");
        var authors = ld?.Authors is { Count: > 0 } named ? named
            : metaAuthor is not null && !metaAuthor.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? [metaAuthor]
            : [];

        var sections = ld?.Sections is { Count: > 0 } given ? given : meta.All("article:section");
        var tags = ld?.Keywords is { Count: > 0 } keywords ? keywords
            : meta.All("article:tag") is { Count: > 0 } articleTags ? articleTags
            : SplitList(meta.First("news_keywords", "keywords"));

        return new HtmlPageFields
        {
            JsonLd = ld,
            Title = title,
            Url = ld?.Url ?? meta.First("og:url", "canonical"),
            Author = authors.Count == 0 ? null : string.Join(", ", authors),
            Publisher = siteName,
            Sections = sections,
            Tags = tags,
            DateCandidates = FindDates(document, ld, meta),
        };
    }

    private static List<(string Text, bool IsIso, int Line)> FindDates(IHtmlDocument document, JsonLdArticle? ld, HtmlMetaTags meta)
    {
        var line = ld?.Line ?? 1;
        var candidates = new List<(string, bool, int)>();
        void Add(string? text, bool isIso, int at)
        {
            if (text is not null)
            {
                candidates.Add((text, isIso, at));
            }
        }

        Add(ld?.DatePublished, true, line);
        Add(meta.First("article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date", "dcterms.created"), true, 1);
        foreach (var time in document.QuerySelectorAll("[itemprop~=datePublished][datetime], time[datetime]").Take(3))
        {
            Add(HtmlText.Clean(time.GetAttribute("datetime")), true, HtmlArticleParser.LineOf(time));
        }

        Add(ld?.DateModified, true, line);
        Add(meta.First("article:modified_time", "og:updated_time", "dateModified"), true, 1);
        var dateText = document.QuerySelectorAll("time, [class*=date], [class*=time], [class*=tanggal], [class*=waktu], [id*=date]")
            .Where(element => element.TextContent.Length <= MaximumDateTextLength)
            .Take(10);
        foreach (var element in dateText)
        {
            Add(Text(element), false, HtmlArticleParser.LineOf(element));
        }

        return candidates;
    }

    /// <summary>"Judul Berita - Warta Harian" without " - Warta Harian" when that is the site's name or a domain.</summary>
    private static string? WithoutSiteName(string? title, string? siteName)
    {
        if (title is null)
        {
            return null;
        }

        foreach (var separator in (string[])[" | ", " - ", " – ", " — "])
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var suffix = title[(at + separator.Length)..].Trim();
            var isSite = (siteName is not null && suffix.Equals(siteName, StringComparison.OrdinalIgnoreCase))
                || (suffix.Contains('.', StringComparison.Ordinal) && !suffix.Contains(' ', StringComparison.Ordinal));
            if (isSite)
            {
                return title[..at].Trim();
            }
        }

        return title;
    }

    private static string? Text(IElement? element) => element is null ? null : HtmlText.Clean(element.TextContent);

    private static List<string> SplitList(string? text) =>
        text is null
            ? []
            : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
