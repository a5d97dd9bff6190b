using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Search.Core.Ingestion;

/// <summary>
/// The article text of an HTML page, one paragraph per block: the container is the element marked
/// <c>itemprop="articleBody"</c>, else the <c>&lt;article&gt;</c> with the most paragraph text, else
/// the element whose child paragraphs hold the most text. Navigation, scripts, forms, asides,
/// related and "Baca juga" boxes, share buttons, comments and ads are dropped (see
/// <see cref="HtmlBoilerplate"/>); the titles of related links are kept apart. Changes the document.
/// </summary>
internal sealed record HtmlArticleBody(IReadOnlyList<string> Paragraphs, IReadOnlyList<string> RelatedTitles, string? Caption)
{
    /// <summary>A block found only by its text density must hold at least this much to count as an article.</summary>
    public const int MinimumDensityText = 150;

    private const int MaximumDepth = 200;

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "hr", "address", "center",
    };

    /// <summary>Not text of the body: pictures with their captions (read apart) and the headline.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "figure", "figcaption", "img", "picture", "h1" };

    /// <summary>The body, or null when the page has no container with any text.</summary>
    public static HtmlArticleBody? Extract(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll(string.Join(',', HtmlBoilerplate.Tags)).ToList())
        {
            element.Remove();
        }

        var container = Container(document);
        if (container is null)
        {
            return null;
        }

        var related = new List<string>();
        foreach (var box in container.Descendants<IElement>().Where(HtmlBoilerplate.IsRelatedBox).ToList())
        {
            related.AddRange(box.QuerySelectorAll("a").Select(a => HtmlText.Clean(a.TextContent)).OfType<string>());
            box.Remove();
        }

        foreach (var furniture in container.Descendants<IElement>().Where(HtmlBoilerplate.IsFurniture).ToList())
        {
            furniture.Remove();
        }

        var caption = container.QuerySelector("figcaption") is { } figcaption ? HtmlText.Clean(figcaption.TextContent) : null;
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(container, current, paragraphs, depth: 0);
        Flush(current, paragraphs);

        var kept = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            if (HtmlBoilerplate.AlsoLineTitle(paragraph) is { } title)
            {
                related.Add(title);
            }
            else if (!HtmlBoilerplate.IsFurnitureLine(paragraph) && !IsDateLine(paragraph))
            {
                kept.Add(paragraph);
            }
        }

        return new HtmlArticleBody(kept, related.Distinct(StringComparer.Ordinal).ToList(), caption);
    }

    /// <summary>A line that is only a date or "Name - date" byline, as sites print above the text.</summary>
    private static bool IsDateLine(string paragraph) =>
        paragraph.Length <= 120 && HtmlPublishedDate.TryParseText(paragraph, TimeProvider.System, out _, out _) != HtmlPublishedDate.Outcome.NotDate;

    private static IElement? Container(IHtmlDocument document)
    {
        var marked = document.QuerySelectorAll("[itemprop~=articleBody]").MaxBy(ParagraphText);
        if (marked is not null)
        {
            return marked;
        }

        var article = document.QuerySelectorAll("article").MaxBy(ParagraphText);
        if (article is not null && ParagraphText(article) > 0)
        {
            return article;
        }

        return Densest(document);
    }

    /// <summary>The element whose direct paragraphs (and text between line breaks) hold the most text, outside boilerplate boxes.</summary>
    private static IElement? Densest(IHtmlDocument document)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        // One pass, top down: whether an element is inside a boilerplate box is inherited, not looked up.
        var scores = new Dictionary<IElement, int>();
        var pending = new Stack<IElement>(body.Children);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (HtmlBoilerplate.IsFurniture(element))
            {
                continue;
            }

            if (element.LocalName == "p" && element.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + Collapse(element.TextContent).Length;
            }

            // Text followed by <br> counts as a paragraph of this element (sites that write "text<br><br>text").
            INode? previous = null;
            foreach (var child in element.ChildNodes)
            {
                if (child is IElement { LocalName: "br" } && previous is IText text)
                {
                    scores[element] = scores.GetValueOrDefault(element) + Collapse(text.Data).Length;
                }
                else if (child is IElement nested)
                {
                    pending.Push(nested);
                }

                previous = child;
            }
        }

        if (scores.Count == 0)
        {
            return null;
        }

        var best = scores.MaxBy(pair => pair.Value);
        return best.Value >= MinimumDensityText ? best.Key : null;
    }

    private static int ParagraphText(IElement element) =>
        element.QuerySelectorAll("p").Sum(p => Collapse(p.TextContent).Length)
        + (element.QuerySelector("p") is null ? Collapse(element.TextContent).Length : 0);

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs, int depth)
    {
        if (depth > MaximumDepth)
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                current.Append(text.Data);
            }
            else if (child is IElement element)
            {
                var name = element.LocalName;
                if (name == "br")
                {
                    Flush(current, paragraphs);
                }
                else if (!Skipped.Contains(name))
                {
                    var block = Blocks.Contains(name);
                    if (block)
                    {
                        Flush(current, paragraphs);
                    }

                    Walk(element, current, paragraphs, depth + 1);
                    if (block)
                    {
                        Flush(current, paragraphs);
                    }
                }
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var paragraph = Collapse(current.ToString());
        current.Clear();
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }
    }

    /// <summary>White space (NBSP and zero-width characters included) collapsed to single spaces, trimmed.</summary>
    internal static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
