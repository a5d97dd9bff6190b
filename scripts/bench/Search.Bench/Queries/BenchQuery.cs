using System.Globalization;
using Search.Core.Searching;

namespace Search.Bench.Queries;

/// <summary>How the words of a query combine.</summary>
public enum WordMode
{
    /// <summary>No words: every article, narrowed by filters only.</summary>
    None,

    /// <summary>Every word must occur.</summary>
    All,

    /// <summary>The words as one phrase.</summary>
    Phrase,

    /// <summary>Any of the words.</summary>
    Any,
}

/// <summary>
/// One benchmark search, engine-neutral: each engine translates it into its own query language and
/// does the same work (top hits of the page with a snippet, total, facet counts with multi-select).
/// </summary>
public sealed record BenchQuery(
    string Kind,
    IReadOnlyList<string> Words,
    WordMode Mode,
    string? Topic = null,
    string? Source = null,
    string? Person = null,
    DateOnly? From = null,
    DateOnly? To = null,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1)
{
    public const int Size = 10;

    /// <summary>The query as our search syntax writes it.</summary>
    public string Text => Mode switch
    {
        WordMode.None => "",
        WordMode.Phrase => $"\"{string.Join(' ', Words)}\"",
        WordMode.Any => string.Join(" OR ", Words),
        _ => string.Join(' ', Words),
    };

    public SearchRequest ToSearchRequest()
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (Topic is not null)
        {
            filters["topic"] = [Topic];
        }
        if (Source is not null)
        {
            filters["source"] = [Source];
        }
        if (Person is not null)
        {
            filters["person"] = [Person];
        }
        return new SearchRequest { Query = Text, Filters = filters, From = From, To = To, Sort = Sort, Page = Page, Size = Size };
    }

    /// <summary>The same search as a path and query string of <c>GET /api/search</c>.</summary>
    public string ToUrlPath()
    {
        var parts = new List<string>();
        if (Text.Length > 0)
        {
            parts.Add("q=" + Uri.EscapeDataString(Text));
        }
        Add("topic", Topic);
        Add("source", Source);
        Add("person", Person);
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (Sort != SearchSort.Relevance)
        {
            parts.Add("sort=" + Sort.ToString().ToLowerInvariant());
        }
        if (Page != 1)
        {
            parts.Add("page=" + Page.ToString(CultureInfo.InvariantCulture));
        }
        return "/api/search?" + string.Join('&', parts);

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
    }
}
