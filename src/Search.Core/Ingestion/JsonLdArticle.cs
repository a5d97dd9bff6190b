using System.Text.Json;

namespace Search.Core.Ingestion;

/// <summary>
/// The schema.org article described by a page's JSON-LD: the best <c>NewsArticle</c> (or another
/// article type) among its <c>application/ld+json</c> blocks, whether a block holds one object, an
/// array, or a <c>@graph</c> whose nodes refer to each other by <c>@id</c>. Values are read
/// leniently (a string, an object with a name, or an array of either); blocks that are not JSON
/// are skipped, so the meta tags take over.
/// </summary>
internal sealed record JsonLdArticle
{
    /// <summary>Article types by preference: news first, then any article, then blog posts.</summary>
    private static readonly string[][] TypesByRank =
    [
        ["NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle"],
        ["Article", "ScholarlyArticle", "Report"],
        ["BlogPosting", "LiveBlogPosting", "SocialMediaPosting"],
    ];

    /// <summary>1-based line of the <c>&lt;script&gt;</c> element the article was read from.</summary>
    public required int Line { get; init; }

    public string? Headline { get; init; }
    public string? DatePublished { get; init; }
    public string? DateModified { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Sections { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? ImageCaption { get; init; }
    public string? Url { get; init; }
    public string? Publisher { get; init; }
    /// <summary>The text as given, line breaks kept: the body of last resort when the page's markup holds none.</summary>
    public string? ArticleBody { get; init; }

    /// <summary>The article of the best-ranked node over all blocks, or null when no block describes one.</summary>
    /// <param name="blocks">The text of each JSON-LD script with the line it starts on.</param>
    public static JsonLdArticle? Read(IEnumerable<(string Json, int Line)> blocks)
    {
        JsonLdArticle? best = null;
        var bestRank = int.MaxValue;
        foreach (var (json, line) in blocks)
        {
            using var document = Parse(json);
            if (document is null)
            {
                continue;
            }

            var nodes = new List<JsonElement>();
            Collect(document.RootElement, nodes, depth: 0);
            var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                if (Text(node, "@id") is { } id)
                {
                    byId.TryAdd(id, node);
                }
            }

            foreach (var node in nodes)
            {
                var rank = Rank(node);
                if (rank < bestRank)
                {
                    (best, bestRank) = (FromNode(node, line, byId), rank);
                }
            }
        }

        return best;
    }

    /// <summary>The JSON, or with control characters blanked (raw line breaks inside strings are common); null if neither parses.</summary>
    private static JsonDocument? Parse(string json)
    {
        var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };
        var text = json.Trim().TrimEnd(';');
        try
        {
            return JsonDocument.Parse(text, options);
        }
        catch (JsonException)
        {
        }

        try
        {
            return JsonDocument.Parse(string.Create(text.Length, text, (span, source) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = char.IsControl(source[i]) ? ' ' : source[i];
                }
            }), options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Every object of the block: array items, <c>@graph</c> nodes and <c>mainEntity</c> children.</summary>
    private static void Collect(JsonElement element, List<JsonElement> nodes, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, nodes, depth + 1);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            nodes.Add(element);
            foreach (var name in (string[])["@graph", "mainEntity"])
            {
                if (element.TryGetProperty(name, out var child))
                {
                    Collect(child, nodes, depth + 1);
                }
            }
        }
    }

    private static int Rank(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return int.MaxValue;
        }

        var types = Strings(type);
        for (var rank = 0; rank < TypesByRank.Length; rank++)
        {
            if (types.Any(t => TypesByRank[rank].Contains(t.Replace("schema:", string.Empty, StringComparison.Ordinal), StringComparer.OrdinalIgnoreCase)))
            {
                return rank;
            }
        }

        return int.MaxValue;
    }

    private static JsonLdArticle FromNode(JsonElement node, int line, Dictionary<string, JsonElement> byId) => new()
    {
        Line = line,
        Headline = Text(node, "headline") ?? Text(node, "name"),
        DatePublished = Text(node, "datePublished") ?? Text(node, "dateCreated"),
        DateModified = Text(node, "dateModified"),
        Authors = Names(node, "author", byId),
        Sections = node.TryGetProperty("articleSection", out var section) ? Strings(section) : [],
        Keywords = node.TryGetProperty("keywords", out var keywords) ? SplitKeywords(Strings(keywords)) : [],
        ImageCaption = Caption(node, byId),
        Url = Text(node, "url") ?? Reference(node, "mainEntityOfPage"),
        Publisher = Names(node, "publisher", byId).FirstOrDefault(),
        ArticleBody = node.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String ? body.GetString() : null,
    };

    /// <summary>Names of a property that is a string, a <c>{ "name" }</c> object, an <c>@id</c> reference, or an array of them.</summary>
    private static List<string> Names(JsonElement node, string property, Dictionary<string, JsonElement> byId)
    {
        var names = new List<string>();
        if (!node.TryGetProperty(property, out var value))
        {
            return names;
        }

        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
        {
            var resolved = Resolve(item, byId);
            var name = resolved.ValueKind == JsonValueKind.String ? HtmlText.Clean(resolved.GetString()) : Text(resolved, "name");
            if (name is not null && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static string? Caption(JsonElement node, Dictionary<string, JsonElement> byId)
    {
        if (!node.TryGetProperty("image", out var image))
        {
            return null;
        }

        var first = image.ValueKind == JsonValueKind.Array ? image.EnumerateArray().FirstOrDefault() : image;
        var resolved = Resolve(first, byId);
        return resolved.ValueKind == JsonValueKind.Object ? Text(resolved, "caption") : null;
    }

    private static JsonElement Resolve(JsonElement item, Dictionary<string, JsonElement> byId) =>
        item.ValueKind == JsonValueKind.Object && Text(item, "@id") is { } id && byId.TryGetValue(id, out var target)
            ? target
            : item;

    /// <summary>A URL given as a string or as <c>{ "@id": url }</c>.</summary>
    private static string? Reference(JsonElement node, string property) =>
        !node.TryGetProperty(property, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? HtmlText.Clean(value.GetString())
        : value.ValueKind == JsonValueKind.Object ? Text(value, "@id") ?? Text(value, "url")
        : null;

    private static string? Text(JsonElement node, string property) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => HtmlText.Clean(value.GetString()),
                JsonValueKind.Array => Strings(value).FirstOrDefault(),
                _ => null,
            }
            : null;

    private static List<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => HtmlText.Clean(value.GetString()) is { } one ? [one] : [],
        JsonValueKind.Array => value.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.String)
            .Select(item => HtmlText.Clean(item.GetString()))
            .OfType<string>()
            .ToList(),
        _ => [],
    };

    /// <summary>Keywords as one comma-separated string or as a list; either way one keyword per item, duplicates dropped.</summary>
    private static List<string> SplitKeywords(IEnumerable<string> values) =>
        values.SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
