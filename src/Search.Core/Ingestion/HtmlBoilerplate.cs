using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Search.Core.Ingestion;

/// <summary>
/// What on a news page is not the article: elements by tag (navigation, scripts, forms, asides…),
/// by ARIA role, and by the words of their class and id (related and "Baca juga" boxes, share
/// buttons, comments, ads, tags); and text lines that are furniture ("ADVERTISEMENT",
/// "Scroll to continue", "Simak video…").
/// </summary>
internal static partial class HtmlBoilerplate
{
    /// <summary>Never part of an article's text.</summary>
    public static readonly string[] Tags =
    [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video", "audio",
        "form", "button", "input", "select", "textarea", "nav", "header", "footer", "aside", "dialog",
    ];

    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu", "menubar",
    };

    /// <summary>Whole words of a class or id that mark a box as furniture.</summary>
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "adv", "advert", "advertisement", "iklan", "banner", "promo", "sponsor", "sponsored",
        "related", "terkait", "bacajuga", "readalso", "recommendation", "recommendations", "rekomendasi",
        "popular", "populer", "terpopuler", "trending",
        "share", "sharing", "social", "sosmed", "comment", "comments", "komentar", "disqus",
        "tag", "tags", "breadcrumb", "breadcrumbs", "sidebar", "widget", "newsletter", "subscribe",
        "nav", "navbar", "menu", "footer", "header", "masthead", "cookie", "popup", "modal", "author", "byline",
        "date", "timestamp", "pagination",
    };

    /// <summary>Parts of a class or id word that mark a box wherever they occur ("jp-relatedposts", "commentlist").</summary>
    private static readonly string[] WordParts =
    [
        "related", "terkait", "bacajuga", "readalso", "comment", "komentar", "advert", "sidebar", "breadcrumb",
        "newsletter", "disqus", "popular", "populer", "sharing", "socmed", "sosmed",
    ];

    /// <summary>Word pairs that mark a box only together ("baca-juga", "read_also", "lihat-juga").</summary>
    private static readonly (string First, string Second)[] Pairs =
    [
        ("baca", "juga"), ("read", "also"), ("lihat", "juga"), ("simak", "juga"), ("read", "more"), ("you", "may"),
    ];

    /// <summary>True for an element whose tag, role, class or id says it is not article text.</summary>
    public static bool IsFurniture(IElement element)
    {
        if (Tags.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return true;
        }

        if (element.GetAttribute("role") is { } role && Roles.Contains(role.Trim()))
        {
            return true;
        }

        if (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style))
        {
            return true;
        }

        return IsFurnitureName(element.ClassName) || IsFurnitureName(element.Id);
    }

    /// <summary>True for a box of links to other articles ("Baca juga", "Berita terkait"), whose link titles are kept apart.</summary>
    public static bool IsRelatedBox(IElement element) =>
        NameWords(element.ClassName).Concat(NameWords(element.Id)).ToList() is var words
        && (words.Any(w => w.Contains("related", StringComparison.Ordinal) || w is "terkait" or "bacajuga" or "readalso")
            || HasPair(words, "baca", "juga") || HasPair(words, "read", "also"));

    /// <summary>True for a text line that is page furniture rather than a paragraph.</summary>
    public static bool IsFurnitureLine(string line) => FurnitureLine().IsMatch(line);

    /// <summary>The title of a "Lihat juga: …" / "Simak juga: …" line; "Baca juga" lines go through the site profile.</summary>
    public static string? AlsoLineTitle(string line) =>
        AlsoLine().Match(line) is { Success: true } match ? match.Groups["title"].Value.Trim() : null;

    private static bool IsFurnitureName(string? name)
    {
        var words = NameWords(name);
        return words.Any(word => Words.Contains(word) || WordParts.Any(part => word.Contains(part, StringComparison.Ordinal)))
            || Pairs.Any(pair => HasPair(words, pair.First, pair.Second));
    }

    private static List<string> NameWords(string? name) =>
        string.IsNullOrEmpty(name) ? [] : NameSplit().Split(name.ToLowerInvariant()).Where(w => w.Length > 0).ToList();

    private static bool HasPair(List<string> words, string first, string second)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == first && words[i + 1] == second)
            {
                return true;
            }
        }

        return false;
    }

    // Splits "detail__body-text", "readAlso" is not split (one word "readalso"), "ads_300x250" gives "ads".
    [GeneratedRegex(@"[^a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex NameSplit();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(
        @"^(?:advertisement|advertisment|iklan|ads|sponsored|scroll to (?:continue|resume)[\p{L} ]*|(?:simak|tonton|saksikan) (?:juga )?video\b.*|bagikan(?: artikel)?(?: ini)?:?|share(?: this)?:?)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureLine();

    [GeneratedRegex(@"^(?:lihat|simak)\s+(?:juga|pula)\s*:\s*(?<title>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex AlsoLine();
}
