using AngleSharp.Html.Dom;

namespace Search.Core.Ingestion;

/// <summary>
/// A page's <c>&lt;meta&gt;</c> tags by their <c>property</c> (OpenGraph: og:title, article:tag…),
/// <c>name</c> (author, keywords…) or <c>itemprop</c>, keys ignoring case, each with every value in
/// page order (article:tag repeats), plus the <c>canonical</c> link.
/// </summary>
internal sealed class HtmlMetaTags
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public HtmlMetaTags(IHtmlDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var content = HtmlText.Clean(meta.GetAttribute("content"));
            if (content is null)
            {
                continue;
            }

            foreach (var attribute in (string[])["property", "name", "itemprop"])
            {
                if (meta.GetAttribute(attribute)?.Trim() is { Length: > 0 } key)
                {
                    Add(key, content);
                }
            }
        }

        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            if (string.Equals(link.GetAttribute("rel")?.Trim(), "canonical", StringComparison.OrdinalIgnoreCase)
                && HtmlText.Clean(link.GetAttribute("href")) is { } href)
            {
                Add("canonical", href);
            }
        }
    }

    /// <summary>The first value of the first key present.</summary>
    public string? First(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var values))
            {
                return values[0];
            }
        }

        return null;
    }

    /// <summary>Every value of the first key present.</summary>
    public IReadOnlyList<string> All(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var values))
            {
                return values;
            }
        }

        return [];
    }

    private void Add(string key, string value)
    {
        if (!_values.TryGetValue(key, out var values))
        {
            _values[key] = values = [];
        }

        if (!values.Contains(value, StringComparer.Ordinal))
        {
            values.Add(value);
        }
    }
}
