using Search.Core.Articles;

namespace Search.Core.Ingestion;

/// <summary>
/// Turns one raw page capture (title, "Author - DD Month YYYY HH:MM WIB", repeated title,
/// photo caption, body, site footer) into an article, using the boilerplate rules of the
/// site profile that recognises the page.
/// </summary>
public sealed class RawArticleParser(SiteProfileCatalog profiles, TimeProvider? timeProvider = null)
{
    private const string UnknownSource = "unknown";

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <param name="text">The whole capture.</param>
    /// <param name="file">Its path: reported with the record, and its name picks the site profile and a fallback date.</param>
    public IngestedRecord Parse(string text, string file)
    {
        var lines = RawLine.Split(text);
        var profile = profiles.Recognise(file, lines.ConvertAll(line => line.Text));
        var content = lines.FindAll(line => !profile.IsTracker(line.Text));
        if (content.Count == 0)
        {
            return IngestedRecord.Rejected(file, IngestedRecord.WholeFile, RejectionReason.EmptyFile, "no text besides blank and tracker lines");
        }

        var footer = content.FindIndex(1, line => profile.IsFooter(line.Text));
        if (footer >= 0)
        {
            content.RemoveRange(footer, content.Count - footer);
        }

        var title = content[0].Text;
        var cursor = 1;
        string? author = null;
        DateTimeOffset? published = null;
        var repeatedTitleSeen = false;
        while (cursor < content.Count && cursor <= 2)
        {
            var line = content[cursor];
            if (published is null)
            {
                var outcome = BylineParser.TryParse(line.Text, _time, out var name, out var date, out var problem);
                if (outcome == BylineParser.Outcome.ImpossibleDate)
                {
                    return IngestedRecord.Rejected(file, line.Number, RejectionReason.ImpossibleDate, problem);
                }

                if (outcome == BylineParser.Outcome.Parsed)
                {
                    (author, published) = (name, date);
                    cursor++;
                    continue;
                }
            }

            if (!repeatedTitleSeen && SameText(line.Text, title))
            {
                repeatedTitleSeen = true;
                cursor++;
                continue;
            }

            break;
        }

        if (published is null)
        {
            var expectedAt = content.Count > 1 ? content[1].Number : content[0].Number;
            if (!PublishedDate.TryParseFromFileName(Path.GetFileName(file), _time, out var fromName, out var problem, out var found))
            {
                return found
                    ? IngestedRecord.Rejected(file, expectedAt, RejectionReason.ImpossibleDate, problem)
                    : IngestedRecord.Rejected(
                        file, expectedAt, RejectionReason.MissingField,
                        "published: no byline ('Name - DD Month YYYY HH:MM WIB') and no YYYY-MM-DD in the file name");
            }

            published = fromName;
        }

        string? caption = null;
        if (cursor < content.Count && profile.Dateline(content[cursor].Text) is null && profile.IsCaption(content[cursor].Text))
        {
            caption = content[cursor].Text;
            cursor++;
        }

        var body = RawArticleBody.Build(profile, content.Skip(cursor));
        if (body.Text.Length == 0)
        {
            return IngestedRecord.Rejected(file, content[0].Number, RejectionReason.MissingBody, "no body text between the header and the site footer");
        }

        var source = profile.Source ?? SourceFromPage(profile, lines) ?? UnknownSource;
        var article = new Article
        {
            Id = ArticleIdentity.FromContent(source, title, published.Value),
            Source = source,
            Title = title,
            Body = body.Text,
            Caption = caption,
            Author = author,
            Published = published.Value,
            Dateline = body.Dateline,
            EditorCode = body.EditorCode,
            RelatedTitles = body.RelatedTitles,
        };
        return IngestedRecord.Accepted(file, content[0].Number, article);
    }

    private static string? SourceFromPage(SiteProfile profile, List<RawLine> lines)
    {
        foreach (var line in lines)
        {
            if (profile.SourceName(line.Text) is { } name)
            {
                return name.ToLowerInvariant();
            }
        }

        return null;
    }

    private static bool SameText(string left, string right) =>
        string.Equals(Collapse(left), Collapse(right), StringComparison.OrdinalIgnoreCase);

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
